import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_OPTIONS } from '../registry/fixtures/site.ts';
import { TRANSLATIONS } from '../schemas/translations/index.ts';
import { UI_DEFAULTS } from '../schemas/ui.ts';
import { attributeOf, buildFixtureSite, CONTENT_FIXTURES, type Element, elementsOf, FIXTURE_SITE } from './fixture-build.ts';

// Every word the engine puts on a page must be reachable through `ui`, so a site in another
// language never shows English. The fixture site is built with every UI string replaced by a
// marker (PSEUDO_UI in fixture-site/astro.config.mjs); then every text and every label a reader
// sees or hears on every page must either hold a marker or come from the site's own words (its
// options, its guides). Anything else is a string the engine wrote by hand.

const CONTENT = `${CONTENT_FIXTURES}/valid`;
const build = buildFixtureSite(CONTENT, { SITEVAR_PSEUDO_UI: '1' });
const german = buildFixtureSite(CONTENT, { SITEVAR_LANG: 'de-AT' });
afterAll(() => {
  build.remove();
  german.remove();
});

/** What the site's author wrote: its options, its guides and its guide component, as text. */
function authoredText(): string {
  const guides = path.join(FIXTURE_SITE, CONTENT);
  const files = readdirSync(guides, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((file) => path.join(file.parentPath, file.name));
  const component = path.join(FIXTURE_SITE, 'OidcCommon.astro');
  return comparable([JSON.stringify(TEST_OPTIONS), ...[...files, component].map((file) => readFileSync(file, 'utf8'))].join('\n'));
}

/** Text as compared: one space for any run of white space, straight quotes and hyphens (Markdown makes them typographic), lower case. */
function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').trim().toLowerCase();
}

/** Attributes whose value a reader sees or hears. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt'];
/** The <meta> elements whose content is words (a search result's or a shared link's text). */
const WORDS_META = new Set(['description', 'og:title', 'og:description', 'og:site_name', 'twitter:title', 'twitter:description']);
/** Elements whose text is not the page's words: code, and dates (written in the site's `lang` by the browser's own locale data). */
const NOT_WORDS = new Set(['script', 'style', 'code', 'pre', 'svg', 'time']);
/** A reader's value (or its example) where a guide shows one. */
const isValue = (element: Element) => attributeOf(element, 'data-sitevar') !== undefined;

describe('every word of the engine goes through ui', () => {
  it('builds with every string replaced', () => {
    expect(build.status, build.output).toBe(0);
  }, 180_000);

  it('shows no word a site cannot translate, on any page', () => {
    const authored = authoredText();
    const pages = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    const untranslatable = new Set<string>();
    const check = (text: string, where: string) => {
      // A page's title is the guide's and the site's, set apart by a bar: each part on its own.
      const parts = text.split(' | ');
      if (parts.length > 1) {
        for (const part of parts) check(part, where);
        return;
      }
      const words = comparable(text);
      // Only text with words: numbers, dates' digits and punctuation are not language.
      if (!/\p{L}{2,}/u.test(words) || words.includes('⟦')) return;
      if (authored.includes(words)) return;
      untranslatable.add(`${where}: ${words}`);
    };
    for (const page of pages) {
      for (const { element, ancestors } of elementsOf(readFileSync(path.join(build.outDir, page), 'utf8'))) {
        if (NOT_WORDS.has(element.tagName) || ancestors.some((name) => NOT_WORDS.has(name)) || isValue(element)) continue;
        for (const name of READ_ATTRIBUTES) {
          const value = attributeOf(element, name);
          if (value !== undefined) check(value, `${page} <${element.tagName} ${name}>`);
        }
        const metaName = attributeOf(element, 'name') ?? attributeOf(element, 'property');
        if (element.tagName === 'meta' && metaName && WORDS_META.has(metaName)) check(attributeOf(element, 'content') ?? '', `${page} <meta ${metaName}>`);
        for (const child of element.childNodes) if ('value' in child && child.nodeName === '#text') check(child.value, `${page} <${element.tagName}>`);
      }
    }
    expect([...untranslatable].sort()).toEqual([]);
  });

  it("speaks the site's language where the engine ships it: pages and the scripts' strings", () => {
    expect(german.status, german.output).toBe(0);
    const page = readFileSync(path.join(german.outDir, 'guides/provider/app/index.html'), 'utf8');
    const elements = elementsOf(page);
    expect(attributeOf(elements.find(({ element }) => element.tagName === 'html')!.element, 'lang')).toBe('de-AT');
    const texts = elements.flatMap(({ element }) =>
      element.childNodes.flatMap((child) => ('value' in child && child.nodeName === '#text' ? [child.value.trim()] : [])),
    );
    expect(texts).toContain(TRANSLATIONS.de.tocHeading);
    expect(texts).toContain(TRANSLATIONS.de.skipLink);
    expect(texts).not.toContain(UI_DEFAULTS.tocHeading);
    // The copy button's strings reach the browser in its module, in German.
    const scripts = readdirSync(path.join(german.outDir, '_astro')).map((file) => readFileSync(path.join(german.outDir, '_astro', file), 'utf8'));
    expect(scripts.some((code) => code.includes(TRANSLATIONS.de.copiedDone))).toBe(true);
    expect(scripts.some((code) => code.includes(UI_DEFAULTS.copiedDone))).toBe(false);
  }, 180_000);

  it("carries no comment of the engine's components: what explains them stays in their source", () => {
    const pages = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const comments = pages.flatMap((page) =>
      elementsOf(readFileSync(path.join(build.outDir, page), 'utf8')).flatMap(({ element }) =>
        element.childNodes.flatMap((child) => (child.nodeName === '#comment' && 'data' in child ? [`${page}: ${String(child.data).trim().slice(0, 60)}`] : [])),
      ),
    );
    expect(comments).toEqual([]);
  });
});
