import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GuideFilesChecker, GuideReport } from '../content-checks/index.ts';
import type { SiteSetup } from '../site-setup.ts';
import { ownModule } from '../utils/own-modules.ts';
import { type CheckedGuideReport, checkAndPrerender, engineFault, type GuidePrerenderTarget, offerPrerendered } from './guide-prerender.ts';
import { keptReports } from './guide-reports.ts';
import { filledIn, inShares } from './shares.ts';
import { bundleWorkerEntry } from './worker-bundle.ts';

/** Below this many guides a thread costs more to start than it saves. */
const MIN_GUIDES_FOR_THREADS = 200;

/** What a content-checks thread is given: its share of the guides, and where to render them. */
export interface CheckWorkerData {
  readonly files: readonly string[];
  readonly guidesDirectory: string;
  readonly site: SiteSetup;
  readonly prerender: GuidePrerenderTarget | undefined;
}

/** What a worker thread says: the guide it starts on, a guide's report, or that it is done. */
export type WorkerMessage = { readonly started: number } | { readonly index: number; readonly report: CheckedGuideReport } | { readonly done: true };

/**
 * Checks a share of the guides in a worker thread. Should the thread stop before it is done (out
 * of memory, an error of the engine's), the guide it was on gets a problem saying so, and the
 * guides after it are checked in a new thread: a report for every guide, never a stack trace.
 */
export async function checkInWorker(entry: string, workerData: CheckWorkerData): Promise<CheckedGuideReport[]> {
  const { files } = workerData;
  const reports: (CheckedGuideReport | undefined)[] = Array.from({ length: files.length });
  const { stoppedOn, error } = await runWorker(entry, workerData, (index, report) => (reports[index] = report));
  if (stoppedOn === undefined) {
    // Done, or stopped before any guide (it could not start): the rest are checked on this thread.
    if (error === undefined) return reports as CheckedGuideReport[];
    const rest = files.filter((_, index) => !reports[index]);
    return filledIn(reports, await checkAndPrerender(rest, workerData.guidesDirectory, workerData.site, workerData.prerender));
  }
  reports[stoppedOn] = { problems: [engineFault(files[stoppedOn]!, 'checking', error)], engineFault: true };
  const rest = files.slice(stoppedOn + 1);
  const restReports = rest.length > 0 ? await checkInWorker(entry, { ...workerData, files: rest }) : [];
  return [...(reports.slice(0, stoppedOn + 1) as CheckedGuideReport[]), ...restReports];
}

/** Runs one worker thread over its share; says which guide it stopped on, if it stopped before it was done. */
function runWorker(
  entry: string,
  workerData: CheckWorkerData,
  onReport: (index: number, report: CheckedGuideReport) => void,
): Promise<{ stoppedOn?: number; error?: unknown }> {
  // A thread holds one guide at a time and small reports: a bounded old generation makes V8
  // collect instead of growing, and a larger young one lets a guide's short-lived trees die there
  // instead of being promoted (a cold build of 2000 guides peaked at 1.19 GB without either,
  // 1.01 GB with the bound, 0.87 GB with both).
  const worker = new Worker(entry, { workerData, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 } });
  let current: number | undefined;
  let settled = false;
  return new Promise((resolve) => {
    const stop = (error: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(current === undefined ? { error } : { stoppedOn: current, error });
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('started' in message) current = message.started;
      else if ('report' in message) {
        onReport(message.index, message.report);
        current = undefined;
      } else if (!settled) {
        settled = true;
        resolve({});
        void worker.terminate();
      }
    });
    worker.once('error', stop);
    worker.once('exit', (code) => stop(new Error(`the content checks' worker thread stopped (exit code ${code})`)));
  });
}

/** Checks guides on this thread, or on every core for a large site (see below). */
async function checkFiles(
  root: URL,
  files: readonly string[],
  guidesDirectory: string,
  site: SiteSetup,
  { threads, minGuides, prerender }: { threads: number; minGuides: number; prerender: GuidePrerenderTarget | undefined },
): Promise<CheckedGuideReport[]> {
  if (files.length === 0) return [];
  if (threads < 2 || files.length < minGuides) return checkAndPrerender(files, guidesDirectory, site, prerender);
  const entry = await bundleWorkerEntry(ownModule('./content-checks-worker', import.meta.url), root);
  return inShares(files, threads, (share) => checkInWorker(entry, { files: share, guidesDirectory, site, prerender }));
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
  {
    threads = availableParallelism(),
    minGuides = MIN_GUIDES_FOR_THREADS,
    prerender,
  }: { threads?: number; minGuides?: number; prerender?: GuidePrerenderTarget | undefined } = {},
): GuideFilesChecker {
  return async (files, guidesDirectory, site) => {
    const options = { threads, minGuides, prerender };
    let reports: GuideReport[];
    if (!prerender) reports = await checkFiles(root, files, guidesDirectory, site, options);
    else {
      const kept = await keptReports(files, { guidesDirectory, site, prerender });
      const unchecked = files.filter((_, index) => !kept.reports[index]);
      const fresh = await checkFiles(root, unchecked, guidesDirectory, site, options);
      // A guide the engine failed on is checked again next time: the fault may be gone.
      const keep = fresh.flatMap((report, index) => (report.engineFault ? [] : [{ file: unchecked[index]!, report }]));
      await kept.keep(
        keep.map(({ file }) => file),
        keep.map(({ report }) => report),
      );
      reports = filledIn(kept.reports, fresh);
    }
    offerPrerendered(reports.flatMap((report) => (report.rendered ? [report.rendered] : [])));
    return reports;
  };
}
