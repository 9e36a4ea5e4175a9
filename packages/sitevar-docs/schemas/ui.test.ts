import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';
import { TRANSLATIONS } from './translations/index.ts';
import { RUNTIME_UI, RUNTIME_UI_DEFAULTS, UI_DEFAULTS } from './ui.ts';

const site = { title: 'T', description: 'D', variables: [{ name: 'host', label: 'Host', kind: 'host', default: 'a.example' }] };

describe('the strings a site shows', () => {
  it('are English by default, and the translation of its lang where the engine ships one', () => {
    expect(parseConfig(site).ui).toEqual(UI_DEFAULTS);
    expect(parseConfig({ ...site, lang: 'de-CH' }).ui).toEqual(TRANSLATIONS.de);
    expect(parseConfig({ ...site, lang: 'fr' }).ui.tocHeading).toBe(TRANSLATIONS.fr.tocHeading);
    expect(parseConfig({ ...site, lang: 'pt-BR' }).ui).toEqual(UI_DEFAULTS);
  });

  it('take the site’s own replacements one at a time, over its language’s', () => {
    const { ui } = parseConfig({ ...site, lang: 'es', ui: { footer: 'Tus valores no salen de aquí.' } });
    expect(ui.footer).toBe('Tus valores no salen de aquí.');
    expect(ui.copy).toBe(TRANSLATIONS.es.copy);
  });

  it('refuse a key that does not exist, naming it', () => {
    expect(() => parseConfig({ ...site, ui: { copyy: 'Copy' } })).toThrow(/ui/);
  });

  it('name each browser string once: the areas are derived from their definitions', () => {
    for (const [area, names] of Object.entries(RUNTIME_UI)) {
      expect(names).toEqual(Object.keys(RUNTIME_UI_DEFAULTS[area as keyof typeof RUNTIME_UI_DEFAULTS]));
      for (const name of names) expect(UI_DEFAULTS).toHaveProperty(name);
    }
  });
});
