// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { transformerStyleToClass } from '@shikijs/transformers';
import { defineConfig } from 'astro/config';
import { CONTENT_DIRECTORY, aliasPaths } from './src/lib/content-directory.ts';
import { codeColors } from './src/plugins/astro-code-colors.ts';
import { contentChecks } from './src/plugins/astro-content-checks.ts';
import { cspHeaders } from './src/plugins/astro-csp-headers.ts';
import { searchIndex } from './src/plugins/astro-search-index.ts';
import { rehypeHeadingAnchors } from './src/plugins/rehype-heading-anchors.ts';
import { remarkSitevar } from './src/plugins/remark-sitevar.ts';
import { transformerSitevar } from './src/plugins/shiki-sitevar.ts';
import { bundleInlineScripts, inlineScripts, noModulePreload, scriptHash } from './src/plugins/vite-inline-scripts.ts';

// Token colours become classes (no style attributes), so a strict CSP keeps code coloured.
const styleToClass = transformerStyleToClass({ classPrefix: 'c-' });
// Alias redirect pages, kept out of the sitemap.
const aliasPages = await aliasPaths(CONTENT_DIRECTORY);
// The inline before-paint scripts, hashed for the Content Security Policy.
const { scripts } = await bundleInlineScripts();

// The unified processor, not the default Rust one: inline code and <SiteVar> props are only
// visible to a remark plugin, and authors' errors need that plugin's file and line positions.
export default defineConfig({
  site: 'https://sitevar-docs.example',
  output: 'static',
  // Tests build fixture sites side by side; everyone else builds to dist/.
  outDir: process.env.SITEVAR_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    contentChecks({ contentDirectory: CONTENT_DIRECTORY }), mdx(), codeColors(() => styleToClass.getCSS()),
    searchIndex(),
    cspHeaders(),
    // Redirect pages for aliases stay out of the sitemap.
    sitemap({ filter: (page) => !aliasPages.has(new URL(page).pathname) }),
  ],
  markdown: {
    processor: unified({ remarkPlugins: [remarkSitevar], rehypePlugins: [rehypeHeadingAnchors] }),
    shikiConfig: {
      // GitHub's high-contrast themes: every token, comments included, meets WCAG AA contrast.
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      // No default: both themes' colours are variables, chosen by CSS light-dark().
      defaultColor: false,
      langAlias: { env: 'dotenv' },
      transformers: [transformerSitevar(), styleToClass],
    },
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'none'"],
      // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { hashes: Object.values(scripts).map(scriptHash), resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: { plugins: [inlineScripts(), noModulePreload()] },
});
