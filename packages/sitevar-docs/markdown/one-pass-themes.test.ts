import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { createHighlighter, type ThemeRegistration } from 'shiki';
import githubDark from 'shiki/themes/github-dark-high-contrast.mjs';
import githubLight from 'shiki/themes/github-light-high-contrast.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCKS } from './fixtures/blocks.ts';
import { characterStyles } from './fixtures/highlighted.ts';
import { onePassThemes, pairProblem } from './one-pass-themes.ts';

const LANGS = ['yaml', 'dotenv', 'shell', 'json', 'diff', 'markdown', 'html', 'typescript', 'ini'];

/** What guides hold: the fixtures, and the languages' trickier corners (comments, backgrounds, font styles). */
const SAMPLES: { lang: string; code: string }[] = [
  ...BLOCKS.map(({ lang, plain }) => ({ lang, code: plain })),
  {
    lang: 'yaml',
    code: '# A comment\nidentity_providers:\n  oidc:\n    clients:\n      - client_id: "paperless"   # trailing\n        public: false\n        scopes: [openid, profile]\n        lifespan: 1h\n        anchors: &default\n          <<: *default\n',
  },
  {
    lang: 'shell',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell sample, highlighted as written
    code: 'docker run -d --name paperless \\\n  -e "PAPERLESS_URL=https://paperless.example.com" \\\n  -p 8000:8000 ghcr.io/paperless-ngx/paperless-ngx:latest  # run it\nexport X=$(echo "${HOME}")\nif [ -f ~/.env ]; then . ~/.env; fi',
  },
  { lang: 'json', code: '{\n  "a": [1, 2.5e3, true, null],\n  "b": {"c": "d\\n\\u00e9"}\n}' },
  { lang: 'diff', code: '--- a/configuration.yml\n+++ b/configuration.yml\n@@ -1,3 +1,3 @@\n-  domain: example.com\n+  domain: acme.org\n   port: 9091' },
  { lang: 'markdown', code: '# Title\n\nSome *italic*, **bold**, ~~struck~~ and [a link](https://example.com).\n\n> quoted `code`\n\n- item\n' },
  { lang: 'html', code: '<a href="https://example.com" class="x">Link &amp; more</a>\n<!-- a comment -->' },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a TypeScript sample, highlighted as written
  { lang: 'typescript', code: 'export const answer: number = 42; // why\nclass A extends B { #x = `t${1}`; }\n/^a+$/u.test("aaa");' },
  { lang: 'ini', code: '[section]\nkey = value ; comment\n' },
  { lang: 'text', code: 'plain text, no grammar' },
];

type Highlighter = Awaited<ReturnType<typeof createHighlighter>>;
let twoThemes: Highlighter;
let onePass: Highlighter;
const pass = onePassThemes(githubLight, githubDark);

beforeAll(async () => {
  [twoThemes, onePass] = await Promise.all([
    createHighlighter({ themes: [githubLight, githubDark], langs: LANGS }),
    createHighlighter({ themes: [pass.theme], langs: LANGS }),
  ]);
});

const highlightTwice = (code: string, lang: string) =>
  twoThemes.codeToHast(code, { lang, themes: { light: githubLight.name!, dark: githubDark.name! }, defaultColor: false });
const highlightOnce = (code: string, lang: string) => onePass.codeToHast(code, { lang, theme: pass.theme.name!, transformers: [pass.transformer] });

const pre = (root: Root) => root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre')!;

describe('onePassThemes', () => {
  it.each(SAMPLES)('colours $lang as two tokenisations do, to the character', ({ lang, code }) => {
    const once = highlightOnce(code, lang);
    const twice = highlightTwice(code, lang);
    expect(characterStyles(once)).toEqual(characterStyles(twice));
    // And in the same spans: the pages are the same.
    expect(toHtml(once).replace(`shiki ${pass.theme.name}`, 'shiki')).toBe(
      toHtml(twice).replace(`shiki shiki-themes ${githubLight.name} ${githubDark.name}`, 'shiki'),
    );
  });

  it("gives the block the pair's own colours, as Shiki writes them for two themes", () => {
    expect(pre(highlightOnce('a: 1', 'yaml')).properties['style']).toBe(pre(highlightTwice('a: 1', 'yaml')).properties['style']);
  });

  it('refuses a pair whose rules differ in more than their colours, saying which rule', () => {
    const rules = githubDark.tokenColors!;
    const other: ThemeRegistration = {
      ...githubDark,
      tokenColors: rules.map((rule, index) => (index === 3 ? { ...rule, settings: { ...rule.settings, fontStyle: 'bold' } } : rule)),
    };
    expect(pairProblem(githubLight, githubDark)).toBeUndefined();
    expect(pairProblem(githubLight, other)).toBe('rule 3 of github-light-high-contrast and of github-dark-high-contrast differ in more than their colours');
    const fewer = `github-light-high-contrast has ${rules.length} rules and github-dark-high-contrast ${rules.length - 1}`;
    expect(() => onePassThemes(githubLight, { ...githubDark, tokenColors: rules.slice(1) })).toThrow(`cannot be highlighted in one pass: ${fewer}.`);
  });
});
