// @ts-check
// The engine's build tests run real `astro build`s of this site, on a fixture content folder.
import { defineConfig } from 'astro/config';
import sitevarDocs from 'sitevar-docs';
import { TEST_OPTIONS } from '../../registry/fixtures/site.ts';

export default defineConfig({
  site: 'https://sitevar-docs.example',
  outDir: process.env.SITEVAR_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  integrations: [
    sitevarDocs({
      ...TEST_OPTIONS,
      contentDirectory: process.env.SITEVAR_CONTENT_DIR ?? 'content',
      trustGuideCode: process.env.SITEVAR_TRUST_GUIDE_CODE === '1',
      guides: { title: '{title} with {section}' },
      // Engine components replaced by the site's own.
      components: { SiteFooter: './Footer.astro', SiteHeader: './Header.astro' },
    }),
  ],
});
