import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { publicFilePaths } from './content-checks/aliases.ts';
import { checkContext } from './content-checks/context.ts';
import { checkGuideFile, formatReport } from './content-checks/index.ts';
import { sortProblems } from './content-checks/problem.ts';
import { codeColors } from './integrations/astro-code-colors.ts';
import { failWithContentProblems, problemsByGuide, runContentChecks } from './integrations/astro-content-checks.ts';
import { finishedPages } from './integrations/astro-finished-pages.ts';
import { guideAssets } from './integrations/astro-guide-assets.ts';
import { collectedCodeColors } from './integrations/code-colors-registry.ts';
import { onGuideCheck, onGuideSaved, resetGuideProblems } from './integrations/dev-guide-updates.ts';
import { mdxWorkerPool, mergeCodeColors } from './integrations/mdx-worker-pool.ts';
import { noModulePreload, pageModules } from './integrations/page-modules.ts';
import { coreModuleSources, guidePartsDirectoryOf, virtualModuleSources, viteVirtualModules } from './integrations/virtual-modules.ts';
import { bundleInlineCore, inlineCore, scriptHash } from './integrations/vite-inline-core.ts';
import { markdownPipeline } from './markdown/markdown-setup.ts';
import { parseConfig, type SitevarDocsConfig, type SitevarDocsUserConfig } from './schemas/config.ts';
import { siteSetupOf } from './site-setup.ts';
import { aliasPaths } from './utils/content-directory.ts';
import { engineFingerprint } from './utils/engine-fingerprint.ts';
import { lastCommitDates } from './utils/git-dates.ts';
import { moduleExtension } from './utils/own-modules.ts';
import { ownPagePaths } from './utils/own-pages.ts';

export type { SitevarDocsConfig, SitevarDocsUserConfig } from './schemas/config.ts';
export type { VariableInput } from './schemas/variables.ts';

/** What the `sitevar-docs check` command asks of the integration a site's config holds. */
export const CONTENT_CHECK = Symbol.for('sitevar-docs.check');

export interface SitevarDocsIntegration extends AstroIntegration {
  /** Runs the content checks alone, as a build would, and returns the report (empty when all pass). */
  [CONTENT_CHECK](options: { root: URL; includeDrafts: boolean; publicDir?: URL; srcDir?: URL }): Promise<string>;
}

const ROUTES = (guidesBase: string) => [
  { pattern: '/', entrypoint: 'sitevar-docs/routes/index.astro' },
  { pattern: `${guidesBase}[...slug]`, entrypoint: 'sitevar-docs/routes/guide.astro' },
  { pattern: '/[...alias]', entrypoint: 'sitevar-docs/routes/alias.astro' },
  { pattern: '/404', entrypoint: 'sitevar-docs/routes/404.astro' },
  { pattern: '/llms.txt', entrypoint: `sitevar-docs/routes/llms.txt${moduleExtension(import.meta.url)}` },
  { pattern: '/robots.txt', entrypoint: `sitevar-docs/routes/robots.txt${moduleExtension(import.meta.url)}` },
];

/**
 * The whole engine as one Astro integration: a site's `astro.config.mjs` is
 * `integrations: [sitevarDocs({ title, description, variables, … })]`, and everything else (MDX
 * and its Markdown pipeline, content checks, routes, search, sitemap, Content Security Policy,
 * the browser runtime) is set up from that one validated configuration.
 */
export default function sitevarDocs(options: SitevarDocsUserConfig): SitevarDocsIntegration {
  const config: SitevarDocsConfig = parseConfig(options);
  const site = siteSetupOf(config);
  const pipeline = markdownPipeline(site);
  const { styleToClass, transformers } = pipeline.codeTransformers();
  // Guides are rendered by the content checks and the collection's loader (guides-loader.ts).
  // Only a guide with code (a site that trusts its authors) is an MDX module, compiled in worker
  // threads during a build; they report the code colours they met.
  const mdxWorkers = mdxWorkerPool({ site });

  return {
    name: 'sitevar-docs',
    async [CONTENT_CHECK]({ root, includeDrafts, publicDir = new URL('public/', root), srcDir = new URL('src/', root) }) {
      // No alias may take a file of the public folder, and guides may link the site's own pages: the checks are told both.
      const problems = await runContentChecks({
        root,
        contentDirectory: config.contentDirectory,
        site: { ...site, publicFiles: await publicFilePaths(fileURLToPath(publicDir)), ownPages: await ownPagePaths(fileURLToPath(new URL('pages/', srcDir))) },
        includeDrafts,
      });
      return problems.length > 0 ? formatReport(problems) : '';
    },
    hooks: {
      'astro:config:setup': async ({ command, config: astroConfig, updateConfig, injectRoute, logger }) => {
        // The content checks run before anything is built, so a build reports every problem at
        // once. In development they warn: the server stays up while the author fixes things.
        if (command !== 'preview') {
          const checkedSite = {
            ...site,
            publicFiles: await publicFilePaths(fileURLToPath(astroConfig.publicDir)),
            ownPages: await ownPagePaths(fileURLToPath(new URL('pages/', astroConfig.srcDir))),
          };
          const problems = await runContentChecks({
            root: astroConfig.root,
            contentDirectory: config.contentDirectory,
            site: checkedSite,
            includeDrafts: command === 'dev',
            // Guides are rendered as the checks read them; the collection's loader picks them up.
            prerender: { partsDirectory: guidePartsDirectoryOf(astroConfig.cacheDir), engine: engineFingerprint() },
          });
          if (command === 'dev') {
            // Each guide's page lists its problems, and a saved guide is checked again as a
            // build would check it (dev-guide-updates.ts): the author sees them in the browser.
            const guidesDirectory = path.resolve(fileURLToPath(astroConfig.root), config.contentDirectory, 'guides');
            resetGuideProblems(problemsByGuide(problems, guidesDirectory));
            let context: ReturnType<typeof checkContext> | undefined;
            onGuideCheck(async (filePath) => sortProblems((await checkGuideFile(filePath, guidesDirectory, (context ??= checkContext(checkedSite)))).problems));
          }
          if (problems.length > 0) {
            if (command === 'dev') logger.warn(formatReport(problems));
            else failWithContentProblems(logger, problems);
          }
        }
        const lastUpdated = config.lastUpdated ? await lastCommitDates(astroConfig.root, config.contentDirectory) : {};
        const sources = virtualModuleSources(config, astroConfig.root, lastUpdated, astroConfig.cacheDir);
        // The inline before-paint core, hashed for the Content Security Policy.
        const coreSources = coreModuleSources(sources, config);
        const bundledCore = await bundleInlineCore(coreSources);
        const aliases = await aliasPaths(astroConfig.root, config.contentDirectory);
        const guidesDirectory = () => path.resolve(fileURLToPath(astroConfig.root), config.contentDirectory, 'guides');
        for (const route of ROUTES(config.guides.base)) injectRoute(route);
        updateConfig({
          trailingSlash: 'always',
          build: { format: 'directory' },
          integrations: [
            mdxWorkers.integration,
            // For guides with code: their static parts become HTML strings (smaller modules).
            mdx({ optimize: true }),
            guideAssets({ guidesDirectory, guidesBase: config.guides.base }),
            codeColors(() => mergeCodeColors(collectedCodeColors(), styleToClass.getCSS(), mdxWorkers.codeColors())),
            finishedPages({ language: config.lang, guidesDirectory, guidesBase: config.guides.base }),
            // Redirect pages for aliases stay out of the sitemap.
            sitemap({ filter: (page) => !aliases.has(new URL(page).pathname.slice(astroConfig.base.replace(/\/$/, '').length)) }),
          ],
          // The unified processor, not the default Rust one: inline code and <SiteVar> props are
          // only visible to a remark plugin, and authors' errors need its file and line positions.
          markdown: {
            processor: mdxWorkers.processor(unified({ remarkPlugins: pipeline.remarkPlugins as never, rehypePlugins: pipeline.rehypePlugins })),
            shikiConfig: { ...pipeline.highlighting, langs: pipeline.highlighting.langs as never, transformers },
          },
          security: {
            csp: {
              // Integrations' config is merged without Astro's defaults: the algorithm is spelled out.
              algorithm: 'SHA-256',
              directives: ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"],
              // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
              scriptDirective: { hashes: [scriptHash(bundledCore.code)], resources: ["'self'", "'wasm-unsafe-eval'"] },
            },
          },
          vite: {
            plugins: [viteVirtualModules(sources), inlineCore(coreSources), pageModules(), noModulePreload()],
            build: {
              rolldownOptions: {
                // Astro's wrapper of every MDX page (`?astroPropagatedAssets`) starts with a
                // directive the bundler warns it does not keep: nine lines a guide, about Astro's
                // own code, that would bury the site's own messages.
                onwarn(warning: { code?: string; id?: string; message: string }, warn: (warning: unknown) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.id ?? warning.message).includes('astroPropagatedAssets')) return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({ filename: 'types.d.ts', content: '/// <reference types="sitevar-docs/types" />\n' });
      },
      // A saved guide reloads its page as soon as it is rendered (dev-guide-updates.ts).
      'astro:server:setup': ({ server }) => {
        onGuideSaved(() => server.environments.client.hot.send({ type: 'full-reload' }));
      },
    },
  };
}
