import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport, type Problem } from '../content-checks';
import type { SiteSetup } from '../site-setup';
import { checkGuideFilesInThreads } from './content-checks-threads';

export interface ContentCheckRun {
  readonly root: URL;
  readonly contentDirectory: string;
  readonly site: SiteSetup;
  readonly includeDrafts: boolean;
}

/** Every content check of the site, large sites on every core: all problems, in file order. */
export function runContentChecks({ root, contentDirectory, site, includeDrafts }: ContentCheckRun): Promise<Problem[]> {
  return checkContent({ contentDirectory: path.resolve(fileURLToPath(root), contentDirectory), includeDrafts, site }, checkGuideFilesInThreads(root));
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
