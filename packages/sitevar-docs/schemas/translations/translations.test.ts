import { describe, expect, it } from 'vitest';
import { UI_DEFAULTS, type UiKey, type UiStrings } from '../ui.ts';
import { TRANSLATIONS, type TranslatedLanguage, translationFor } from './index.ts';

const LANGUAGES = Object.keys(TRANSLATIONS) as TranslatedLanguage[];
const KEYS = Object.keys(UI_DEFAULTS) as UiKey[];

/**
 * Strings that may read exactly as in English: the same word in both languages, checked by hand.
 * Any other string equal to its English one is a string left untranslated.
 */
const SAME_AS_ENGLISH: Readonly<Record<TranslatedLanguage, readonly UiKey[]>> = {
  // "System" is German for the theme that follows the system.
  de: ['themeSystem'],
  // "Guides", "Site", "Note" and "Danger" are French words, the usual ones in French documentation.
  fr: ['navGuides', 'sidebarLabel', 'navLabel', 'calloutNote', 'calloutDanger'],
  es: [],
};

/** The `{name}` parts of a string, sorted, each once. */
const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

/** The keys of a translation whose string fails a test, so a failure names them. */
const failing = (strings: UiStrings, fails: (text: string, key: UiKey) => boolean) => KEYS.filter((key) => fails(strings[key], key));

describe.each(LANGUAGES)('the %s translation', (lang) => {
  const strings = TRANSLATIONS[lang];

  it('has exactly the keys of the English strings', () => {
    // Not their order: the English strings may be regrouped without a translation changing.
    const keys = Object.keys(strings);
    expect({ missing: KEYS.filter((key) => !keys.includes(key)), extra: keys.filter((key) => !Object.hasOwn(UI_DEFAULTS, key)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it('has every string non-empty, with no space at either end', () => {
    expect(failing(strings, (text) => text.length === 0 || text.trim() !== text)).toEqual([]);
  });

  it('keeps every placeholder of the English string, and adds none', () => {
    const differing = KEYS.filter((key) => placeholdersOf(strings[key]).join() !== placeholdersOf(UI_DEFAULTS[key]).join()).map(
      (key) => `${key}: ${placeholdersOf(strings[key]).join(', ') || '(none)'}, English ${placeholdersOf(UI_DEFAULTS[key]).join(', ') || '(none)'}`,
    );
    expect(differing).toEqual([]);
  });

  it('translates every string, but for the words listed as the same in both languages', () => {
    expect(failing(strings, (text, key) => text === UI_DEFAULTS[key] && !SAME_AS_ENGLISH[lang].includes(key))).toEqual([]);
    // The list holds no key that has since been translated differently.
    expect(SAME_AS_ENGLISH[lang].filter((key) => strings[key] !== UI_DEFAULTS[key])).toEqual([]);
  });

  it('uses the typographic quotes and apostrophe of its language, not straight ones', () => {
    expect(failing(strings, (text) => /["']/.test(text))).toEqual([]);
  });
});

describe('the typography of each language', () => {
  const count = (text: string, character: string) => text.split(character).length - 1;

  it('German: „ quotes “ in pairs, and "du", never "Sie"', () => {
    expect(failing(TRANSLATIONS.de, (text) => count(text, '„') !== count(text, '“') || count(text, '«') + count(text, '»') > 0)).toEqual([]);
    expect(failing(TRANSLATIONS.de, (text) => /\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihnen)\b/.test(text))).toEqual([]);
  });

  it('French: a narrow no-break space before : ; ? ! and inside « », and "vous", never "tu"', () => {
    const fr = TRANSLATIONS.fr;
    expect(failing(fr, (text) => /(?<!\u202f)[:;?!»]|«(?!\u202f)/u.test(text) || count(text, '«') !== count(text, '»'))).toEqual([]);
    expect(failing(fr, (text) => /(^|[^\p{L}])(tu|ton|ta|tes|toi|te)([^\p{L}]|$)/iu.test(text))).toEqual([]);
  });

  it('Spanish: each question opened by ¿, « quotes » in pairs, and "tú", never "usted"', () => {
    const es = TRANSLATIONS.es;
    expect(failing(es, (text) => count(text, '¿') !== count(text, '?') || count(text, '¡') !== count(text, '!'))).toEqual([]);
    expect(failing(es, (text) => count(text, '«') !== count(text, '»'))).toEqual([]);
    expect(failing(es, (text) => /\busted(es)?\b/i.test(text))).toEqual([]);
  });
});

describe('translationFor', () => {
  it.each([
    ['de', 'de'],
    ['de-CH', 'de'],
    ['DE-at', 'de'],
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['es', 'es'],
    ['es-419', 'es'],
  ] as const)('reads %s as %s', (tag, lang) => {
    expect(translationFor(tag)).toBe(TRANSLATIONS[lang]);
  });

  it.each(['en', 'en-GB', 'pt', '', 'd', 'deu', 'x-de', 'constructor', '__proto__'])('has no translation for %j', (tag) => {
    expect(translationFor(tag)).toBeUndefined();
  });
});
