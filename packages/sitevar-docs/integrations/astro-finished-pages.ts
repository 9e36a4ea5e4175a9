import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSiteHeaders } from './csp-headers';
import { writeSearchIndex } from './search-index';

/**
 * The work on the finished pages, side by side: Pagefind indexes them in its own process while
 * this one reads them for the Content Security Policy (which replaces a page only whole, so
 * the index never reads half of one). One after the other, the main thread sat idle through
 * the whole of Pagefind's run.
 */
export function finishedPages({ language }: { language: string }): AstroIntegration {
  return {
    name: 'sitevar-finished-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const [indexed] = await Promise.all([writeSearchIndex(site, language), writeSiteHeaders(site)]);
        logger.info(indexed);
      },
    },
  };
}
