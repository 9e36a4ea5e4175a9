import type { AstroIntegration } from 'astro';
import { checkContent, formatReport } from '../content-checks';
import { checkGuideFilesInThreads } from './content-checks-threads';

/**
 * Runs every content check before Astro builds anything, so a build reports all of a content
 * folder's problems at once instead of stopping at the first file that fails to render.
 * Large sites are checked on every core. In development the report is a warning: the dev server stays up while the author fixes things.
 */
export function contentChecks(options: { contentDirectory: string }): AstroIntegration {
  return {
    name: 'sitevar-content-checks',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const problems = await checkContent({ contentDirectory: options.contentDirectory, includeDrafts: command === 'dev' }, checkGuideFilesInThreads(config.root));
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        const error = new Error(`${report}\n\nFix them and run again.`);
        error.name = 'ContentError';
        error.stack = '';
        throw error;
      },
    },
  };
}
