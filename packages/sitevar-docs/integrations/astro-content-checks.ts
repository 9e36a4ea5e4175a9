import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport, type Problem } from '../content-checks';
import type { SiteSetup } from '../site-setup';
import { checkGuideFilesInThreads } from './content-checks-threads';
import type { GuidePrerenderTarget } from './guide-prerender';

export interface ContentCheckRun {
  readonly root: URL;
  readonly contentDirectory: string;
  readonly site: SiteSetup;
  readonly includeDrafts: boolean;
  /** Where guides that pass are rendered (a build or dev server; the check command renders none). */
  readonly prerender?: GuidePrerenderTarget;
}

/** Every content check of the site, large sites on every core: all problems, in file order. */
export function runContentChecks({ root, contentDirectory, site, includeDrafts, prerender }: ContentCheckRun): Promise<Problem[]> {
  return checkContent(
    { contentDirectory: path.resolve(fileURLToPath(root), contentDirectory), includeDrafts, site },
    checkGuideFilesInThreads(root, { prerender }),
  );
}

/**
 * The error a build fails with: every problem as `file:line:column  message`, no stack trace
 * (the problems are the author's, not the engine's).
 */
export function contentError(problems: readonly Problem[]): Error {
  const error = new Error(`${formatReport(problems)}\n\nFix them and run again.`);
  error.name = 'ContentError';
  error.stack = '';
  return error;
}
