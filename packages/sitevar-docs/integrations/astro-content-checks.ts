import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { guideId, isGuideFile } from '../content-checks/guide-files.ts';
import { checkContent, formatReport, type Problem } from '../content-checks/index.ts';
import type { SiteSetup } from '../site-setup.ts';
import { checkGuideFilesInThreads } from './content-checks-threads.ts';
import type { GuidePrerenderTarget } from './guide-prerender.ts';

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
 * Fails a build with a report as the whole message: no stack trace (the problems are the
 * author's, not the engine's), and without Astro's line about an "unhandled error" in the hook,
 * which would only make the author look for a crash.
 */
export function failWithReport(logger: AstroIntegrationLogger, name: string, report: string): never {
  Object.assign(logger, { error: () => undefined });
  throw Object.assign(new Error(report), { name, stack: '' });
}

/** Fails a build with every content problem as `file:line:column  message`. */
export function failWithContentProblems(logger: AstroIntegrationLogger, problems: readonly Problem[]): never {
  failWithReport(logger, 'ContentError', `${formatReport(problems)}\n\nFix them and run again.`);
}

/**
 * The problems of a report by the guide they are in (its collection id), for the guides' pages in
 * development. A problem's file is relative to the working folder, as reports name it; problems of
 * other files (an image beside the guides) belong to no guide's page.
 */
export function problemsByGuide(problems: readonly Problem[], guidesDirectory: string, cwd = process.cwd()): Map<string, Problem[]> {
  const byGuide = new Map<string, Problem[]>();
  for (const problem of problems) {
    const inGuides = path.relative(guidesDirectory, path.resolve(cwd, problem.file));
    if (!isGuideFile(inGuides) || inGuides.startsWith('..') || path.isAbsolute(inGuides)) continue;
    const id = guideId(inGuides);
    const guide = byGuide.get(id);
    if (guide) guide.push(problem);
    else byGuide.set(id, [problem]);
  }
  return byGuide;
}
