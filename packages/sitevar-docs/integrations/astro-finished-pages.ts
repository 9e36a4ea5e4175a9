import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishedPagesReport, guidesOfPages } from '../page-checks/finished-pages.ts';
import { failWithReport } from './astro-content-checks.ts';
import { writeSiteHeaders } from './csp-headers.ts';
import { readFinishedPagesInThreads } from './page-checks-threads.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * The work on the finished pages, side by side: Pagefind indexes them in its own process while
 * this one reads each page once (a large site's on every core), checks it for anything no page may hold (`page-checks/`) and
 * gathers its policy for the Content Security Policy header (which replaces a page only whole, so
 * the index never reads half of one). A page with a problem fails the build, after the index is
 * written, with every problem at its place in the page.
 */
export function finishedPages({
  language,
  guidesDirectory,
  guidesBase,
}: {
  language: string;
  guidesDirectory: () => string;
  guidesBase: string;
}): AstroIntegration {
  let root: URL;
  let cacheFile: string;
  return {
    name: 'sitevar-finished-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheFile = path.join(fileURLToPath(config.cacheDir), 'sitevar-docs', 'page-readings.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const readAndWriteHeaders = async () => {
          const pages = await readFinishedPagesInThreads(site, root, { cacheFile });
          const report = finishedPagesReport(pages, await guidesOfPages(site, guidesDirectory(), guidesBase));
          if (!report) await writeSiteHeaders(site, pages);
          return report;
        };
        const [indexed, report] = await Promise.all([writeSearchIndex(site, language), readAndWriteHeaders()]);
        if (report) failWithReport(logger, 'PageError', report);
        logger.info(indexed);
      },
    },
  };
}
