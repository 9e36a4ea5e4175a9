// @ts-check
// The engine's build tests run real `astro build`s of this site, on a fixture content folder.
import { defineConfig } from 'astro/config';
import sitevarDocs from 'sitevar-docs';
import { TEST_OPTIONS } from '../../registry/fixtures/site.ts';
import { UI_DEFAULTS } from '../../schemas/ui.ts';

/** Every UI string replaced by a marker of its key (keeping its `{name}` parts), for the test that finds words outside `ui`. */
const pseudoUi = () => Object.fromEntries(Object.entries(UI_DEFAULTS).map(([key, text]) => [key, [`⟦${key}⟧`, ...(text.match(/\{\w+\}/g) ?? [])].join(' ')]));

export default defineConfig({
  site: 'https://sitevar-docs.example',
  outDir: process.env.SITEVAR_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  integrations: [
    sitevarDocs({
      ...TEST_OPTIONS,
      contentDirectory: process.env.SITEVAR_CONTENT_DIR ?? 'content',
      trustGuideCode: process.env.SITEVAR_TRUST_GUIDE_CODE === '1',
      // Engine components replaced by the site's own, and a title pattern of the site's own; with
      // pseudo strings, the engine's own parts and words only, so that each is seen.
      // The site's language: the engine's own translation of every string where it ships one.
      ...(process.env.SITEVAR_LANG ? { lang: process.env.SITEVAR_LANG } : {}),
      ...(process.env.SITEVAR_PSEUDO_UI === '1'
        ? { ui: pseudoUi() }
        : { guides: { title: '{title} with {section}' }, components: { SiteFooter: './Footer.astro', SiteHeader: './Header.astro' } }),
    }),
  ],
});
