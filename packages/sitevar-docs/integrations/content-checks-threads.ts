import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkGuideFilesHere, type GuideFilesChecker, type GuideReport } from '../content-checks';
import type { SiteSetup } from '../site-setup';
import { guidePrerender, offerPrerendered, type GuidePrerenderTarget } from './guide-prerender';
import { keptReports } from './guide-reports';
import { bundleWorkerEntry } from './worker-bundle';

/** Below this many guides a thread costs more to start than it saves. */
const MIN_GUIDES_FOR_THREADS = 200;

/** What a content-checks thread is given: its share of the guides, and where to render them. */
export interface CheckWorkerData {
  readonly files: readonly string[];
  readonly guidesDirectory: string;
  readonly site: SiteSetup;
  readonly prerender: GuidePrerenderTarget | undefined;
}

function checkInWorker(entry: string, workerData: CheckWorkerData): Promise<GuideReport[]> {
  // A thread holds one guide at a time and small reports: a bounded old generation makes V8
  // collect instead of growing, and a larger young one lets a guide's short-lived trees die there
  // instead of being promoted (a cold build of 2000 guides peaked at 1.19 GB without either,
  // 1.01 GB with the bound, 0.87 GB with both).
  const worker = new Worker(entry, { workerData, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 } });
  return new Promise((resolve, reject) => {
    worker.once('message', (reports: GuideReport[]) => {
      resolve(reports);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The content checks' worker thread stopped (exit code ${code}).`));
    });
  });
}

/** Checks guides on this thread, or on every core for a large site (see below). */
async function checkFiles(
  root: URL,
  files: readonly string[],
  guidesDirectory: string,
  site: SiteSetup,
  { threads, minGuides, prerender }: { threads: number; minGuides: number; prerender: GuidePrerenderTarget | undefined },
): Promise<GuideReport[]> {
  if (files.length === 0) return [];
  if (threads < 2 || files.length < minGuides) return checkGuideFilesHere(files, guidesDirectory, site, prerender && guidePrerender(site, prerender, guidesDirectory));
  const entry = await bundleWorkerEntry(new URL('./content-checks-worker.ts', import.meta.url), root);
  // Every n-th file to each share: neighbouring guides tend to be alike in size.
  const shares = Array.from({ length: threads }, (_, share) => files.filter((_, index) => index % threads === share));
  const results = await Promise.all(shares.map((share) => checkInWorker(entry, { files: share, guidesDirectory, site, prerender })));
  return files.map((_, index) => results[index % threads]![Math.floor(index / threads)]!);
}

/**
 * Checks guides on every core, a worker thread per core. The main thread only waits: the
 * checks' short-lived garbage then goes with the workers instead of growing the heap the build
 * goes on to use. The reports come back in file order, so the report reads the same either way.
 * Given `prerender` (a build or the dev server, not `sitevar-docs check`), each guide that passes
 * is rendered there too and offered to the collection's loader (`guide-prerender.ts`), and each
 * guide's report is kept (`guide-reports.ts`): a guide unchanged since the last build, with the
 * same site and engine, is neither checked nor rendered again.
 */
export function checkGuideFilesInThreads(
  root: URL,
  { threads = availableParallelism(), minGuides = MIN_GUIDES_FOR_THREADS, prerender }: { threads?: number; minGuides?: number; prerender?: GuidePrerenderTarget | undefined } = {},
): GuideFilesChecker {
  return async (files, guidesDirectory, site) => {
    const options = { threads, minGuides, prerender };
    let reports: GuideReport[];
    if (!prerender) reports = await checkFiles(root, files, guidesDirectory, site, options);
    else {
      const kept = await keptReports(files, { guidesDirectory, site, prerender });
      const unchecked = files.filter((_, index) => !kept.reports[index]);
      const fresh = await checkFiles(root, unchecked, guidesDirectory, site, options);
      await kept.keep(unchecked, fresh);
      let next = 0;
      reports = kept.reports.map((report) => report ?? fresh[next++]!);
    }
    offerPrerendered(reports.flatMap((report) => (report.rendered ? [report.rendered] : [])));
    return reports;
  };
}
