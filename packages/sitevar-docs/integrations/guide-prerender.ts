import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkContext } from '../content-checks/context.ts';
import type { GuideFile } from '../content-checks/guide-files.ts';
import { checkGuideFile, type GuideReport } from '../content-checks/index.ts';
import { type Problem, relativeFile } from '../content-checks/problem.ts';
import { createGuideRenderer, type RenderedGuide } from '../markdown/guide-renderer.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { SiteSetup } from '../site-setup.ts';
import { guideDigest, readStoredGuide, storedGuideName, writeStoredGuide } from './guide-parts-store.ts';

/** A guide rendered while the content checks read it: where its parts are, and its code colours. */
export interface PrerenderedGuide {
  readonly digest: string;
  readonly file: string;
  readonly codeColors: string;
}

/** Where guides are rendered to, and the engine that renders them (see `guideDigest`). */
export interface GuidePrerenderTarget {
  readonly partsDirectory: string;
  readonly engine: string;
}

/**
 * Renders a guide and keeps its parts under its digest; undefined for a guide with code, which
 * only a site that trusts its authors allows, and which is left to MDX.
 */
export async function renderToStore(
  render: () => Promise<RenderedGuide>,
  { site, partsDirectory, digest }: { site: SiteSetup; partsDirectory: string; digest: string },
): Promise<(PrerenderedGuide & { parts: RenderedGuide['parts'] }) | undefined> {
  const rendered = await render().catch((error: unknown) => {
    if (site.trustGuideCode) return undefined;
    throw error;
  });
  if (!rendered) return undefined;
  const { codeColors } = rendered;
  const file = await writeStoredGuide(partsDirectory, digest, { parts: rendered.parts, codeColors });
  return { digest, file, codeColors, parts: rendered.parts };
}

/**
 * Renders guides as the content checks finish reading them (in their threads, on every core), so
 * a build parses each guide once; the collection's loader then only picks the results up.
 */
export function guidePrerender(site: SiteSetup, { partsDirectory, engine }: GuidePrerenderTarget, guidesDirectory: string) {
  let renderer: ReturnType<typeof createGuideRenderer> | undefined;
  return async (guide: GuideFile, data: GuideData | undefined): Promise<PrerenderedGuide | undefined> => {
    // Named as the collection's loader names it: what only the checks are told is not part of it.
    const digest = guideDigest(site, engine, guide.source, guide.syntax);
    const file = storedGuideName(digest);
    if (existsSync(path.join(partsDirectory, file))) {
      const stored = await readStoredGuide(partsDirectory, file);
      if (stored) return { digest, file, codeColors: stored.codeColors };
    }
    const here = (renderer ??= createGuideRenderer(site, { guidesDirectory }));
    const stored = await renderToStore(() => here.renderParsed(guide.tree, guide.source, guide.path, { ...data }), { site, partsDirectory, digest });
    return stored && { digest, file: stored.file, codeColors: stored.codeColors };
  };
}

/** A guide's report, marked when the engine failed on the guide (a report not to keep for the next build). */
export interface CheckedGuideReport extends GuideReport {
  readonly engineFault?: true;
}

/**
 * A problem for a guide that the engine failed on: the engine's fault, not the author's, said so
 * at the guide (its first line: where the fault is, is unknown), with the error's own first line
 * and no stack trace.
 */
export function engineFault(filePath: string, doing: 'checking' | 'rendering', error: unknown): Problem {
  const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.slice(0, 300);
  const what = doing === 'rendering' ? 'Rendering this guide failed, though it passed every check' : 'Checking this guide failed';
  return {
    file: relativeFile(filePath),
    line: 1,
    message: `${what}: that is a fault of the engine (sitevar-docs), not of the guide, and worth reporting with the guide attached. (${reason})`,
  };
}

/**
 * Checks guides one after another, renders each that passes when `prerender` says where to, and
 * reports each guide whatever happens: a check or a rendering that throws becomes a problem of
 * that guide (`engineFault`), never a stack trace, and the other guides are checked on.
 * `onStart` and `onReport` tell a caller (a worker thread's) which guide is being checked.
 */
export async function checkAndPrerender(
  files: readonly string[],
  guidesDirectory: string,
  site: SiteSetup,
  prerender: GuidePrerenderTarget | undefined,
  { onStart, onReport }: { onStart?: (index: number) => void; onReport?: (index: number, report: CheckedGuideReport) => void } = {},
): Promise<CheckedGuideReport[]> {
  const context = checkContext(site);
  const render = prerender && guidePrerender(site, prerender, guidesDirectory);
  const reports: CheckedGuideReport[] = [];
  for (const [index, file] of files.entries()) {
    onStart?.(index);
    let renderFailure: { error: unknown } | undefined;
    const afterCheck =
      render &&
      (async (guide: GuideFile, data: GuideData | undefined) => {
        try {
          return await render(guide, data);
        } catch (error) {
          renderFailure = { error };
          return undefined;
        }
      });
    let report: CheckedGuideReport;
    try {
      report = await checkGuideFile(file, guidesDirectory, context, afterCheck);
      if (renderFailure) report = { ...report, problems: [...report.problems, engineFault(file, 'rendering', renderFailure.error)], engineFault: true };
    } catch (error) {
      report = { problems: [engineFault(file, 'checking', error)], engineFault: true };
    }
    reports.push(report);
    onReport?.(index, report);
  }
  return reports;
}

const KEY = Symbol.for('sitevar-docs.prerendered-guides');
const holder = globalThis as { [KEY]?: Map<string, PrerenderedGuide> };

/**
 * Hands prerendered guides to the collection's loader, which Astro runs from the site's content
 * config in another module graph of the same process: on the process's global, under a key of
 * the engine's.
 */
export function offerPrerendered(guides: Iterable<PrerenderedGuide>): void {
  const offered = (holder[KEY] ??= new Map());
  for (const guide of guides) offered.set(guide.digest, guide);
}

export function takePrerendered(digest: string): PrerenderedGuide | undefined {
  const guide = holder[KEY]?.get(digest);
  holder[KEY]?.delete(digest);
  return guide;
}
