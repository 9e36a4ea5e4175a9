// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkSitevar } from './src/plugins/remark-sitevar.ts';
import { transformerSitevar } from './src/plugins/shiki-sitevar.ts';
import { inlineScripts, noModulePreload } from './src/plugins/vite-inline-scripts.ts';
import { contentChecks } from './src/plugins/astro-content-checks.ts';
import { CONTENT_DIRECTORY } from './src/lib/content-directory.ts';

// The unified processor, not the default Rust one: inline code and <SiteVar> props are only
// visible to a remark plugin, and authors' errors need that plugin's file and line positions.
export default defineConfig({
  site: 'https://sitevar-docs.example',
  output: 'static',
  // Tests build fixture sites side by side; everyone else builds to dist/.
  outDir: process.env.SITEVAR_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentChecks({ contentDirectory: CONTENT_DIRECTORY }), mdx()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkSitevar] }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: 'light',
      langAlias: { env: 'dotenv' },
      transformers: [transformerSitevar()],
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: { plugins: [inlineScripts(), noModulePreload()] },
});
