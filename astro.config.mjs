// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { CONTENT_DIRECTORY, aliasPaths } from './src/lib/content-directory.ts';
import { codeColors } from './src/plugins/astro-code-colors.ts';
import { contentChecks } from './src/plugins/astro-content-checks.ts';
import { cspHeaders } from './src/plugins/astro-csp-headers.ts';
import { searchIndex } from './src/plugins/astro-search-index.ts';
import { codeTransformers, highlighting, rehypePlugins, remarkPlugins } from './src/plugins/markdown-setup.ts';
import { mdxWorkerPool, mergeCodeColors } from './src/plugins/mdx-worker-pool.ts';
import { bundleInlineScripts, inlineScripts, noModulePreload, scriptHash } from './src/plugins/vite-inline-scripts.ts';

const { styleToClass, transformers } = codeTransformers();
// A build compiles guides in worker threads, one per core; they report the code colours they met.
const mdxWorkers = mdxWorkerPool();
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
    contentChecks({ contentDirectory: CONTENT_DIRECTORY }),
    mdxWorkers.integration,
    // Static parts of a guide become HTML strings: smaller modules, a faster and leaner build.
    mdx({ optimize: true }),
    codeColors(() => mergeCodeColors(styleToClass.getCSS(), mdxWorkers.codeColors())),
    searchIndex(),
    cspHeaders(),
    // Redirect pages for aliases stay out of the sitemap.
    sitemap({ filter: (page) => !aliasPages.has(new URL(page).pathname) }),
  ],
  markdown: {
    processor: mdxWorkers.processor(unified({ remarkPlugins, rehypePlugins })),
    shikiConfig: {
      ...highlighting,
      transformers,
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
