import type { UiStrings } from '../ui.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

/** The languages the engine's UI is translated into, by primary language subtag. */
export type TranslatedLanguage = 'de' | 'fr' | 'es';

/** Every translation of the engine's UI strings (English is `UI_DEFAULTS` itself). */
export const TRANSLATIONS: Readonly<Record<TranslatedLanguage, UiStrings>> = { de, fr, es };

/**
 * The UI strings for a site's `lang`, a BCP 47 tag: chosen by its primary language subtag, in
 * any case (`de`, `de-CH` and `DE-at` are German; `fr-CA` French; `es-419` Spanish). Undefined for
 * English and for any language without a translation, which keep the English strings.
 */
export function translationFor(lang: string): UiStrings | undefined {
  const primary = (lang.split('-')[0] ?? '').toLowerCase();
  return Object.hasOwn(TRANSLATIONS, primary) ? TRANSLATIONS[primary as TranslatedLanguage] : undefined;
}
