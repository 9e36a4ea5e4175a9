import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkGuideFilesHere, type GuideFilesChecker, type GuideReport } from '../content-checks';
import type { SiteSetup } from '../site-setup';
import { guidePrerender, offerPrerendered, type GuidePrerenderTarget } from './guide-prerender';
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
  const worker = new Worker(entry, { workerData });
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

/**
 * Checks guides on every core, a worker thread per core. The main thread only waits: the
 * checks' short-lived garbage then goes with the workers instead of growing the heap the build
 * goes on to use. The reports come back in file order, so the report reads the same either way.
 * Given `prerender` (a build, not `sitevar-docs check`), each guide that passes is rendered
 * there too, and offered to the collection's loader (`guide-prerender.ts`).
 */
export function checkGuideFilesInThreads(
  root: URL,
  { threads = availableParallelism(), minGuides = MIN_GUIDES_FOR_THREADS, prerender }: { threads?: number; minGuides?: number; prerender?: GuidePrerenderTarget | undefined } = {},
): GuideFilesChecker {
  return async (files, guidesDirectory, site) => {
    let reports: GuideReport[];
    if (threads < 2 || files.length < minGuides) {
      reports = await checkGuideFilesHere(files, guidesDirectory, site, prerender && guidePrerender(site, prerender, guidesDirectory));
    } else {
      const entry = await bundleWorkerEntry(new URL('./content-checks-worker.ts', import.meta.url), root);
      // Every n-th file to each share: neighbouring guides tend to be alike in size.
      const shares = Array.from({ length: threads }, (_, share) => files.filter((_, index) => index % threads === share));
      const results = await Promise.all(shares.map((share) => checkInWorker(entry, { files: share, guidesDirectory, site, prerender })));
      reports = files.map((_, index) => results[index % threads]![Math.floor(index / threads)]!);
    }
    offerPrerendered(reports.flatMap((report) => (report.rendered ? [report.rendered] : [])));
    return reports;
  };
}
