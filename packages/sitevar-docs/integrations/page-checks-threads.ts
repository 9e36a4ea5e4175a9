import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type FinishedPage, readPages } from '../page-checks/finished-pages.ts';
import { ownModule } from '../utils/own-modules.ts';
import { keptPageReadings } from './kept-page-readings.ts';
import { filledIn, inShares } from './shares.ts';
import { bundleWorkerEntry } from './worker-bundle.ts';

/** Below this many pages a thread costs more to start than it saves. */
const MIN_PAGES_FOR_THREADS = 200;

/** What a page-checks thread is given: its share of the pages. */
export interface PageCheckWorkerData {
  readonly files: readonly string[];
}

function readInWorker(entry: string, workerData: PageCheckWorkerData): Promise<FinishedPage[]> {
  // A thread holds one page's tree at a time: a bounded old generation makes V8 collect instead of growing.
  const worker = new Worker(entry, { workerData, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 } });
  return new Promise((resolve, reject) => {
    worker.once('message', (pages: FinishedPage[]) => {
      resolve(pages);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The page checks' worker thread stopped (exit code ${code}).`));
    });
  });
}

/** Every HTML page of a built site, in a stable order. */
async function pageFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Reads and checks pages here, or a large site's on every core. */
async function readPagesHere(files: readonly string[], root: URL, threads: number, minPages: number): Promise<FinishedPage[]> {
  if (threads < 2 || files.length < minPages) return readPages(files);
  const entry = await bundleWorkerEntry(ownModule('./page-checks-worker', import.meta.url), root);
  return inShares(files, threads, (share) => readInWorker(entry, { files: share }));
}

/**
 * Reads and checks every page of a built site (`page-checks/`), a large site's on every core: a
 * page's parse takes several milliseconds, and the search index is being built beside it in a
 * process of its own. Given a cache file, a page unchanged since the last build is not read again
 * (`kept-page-readings.ts`). The pages come back in file order either way.
 */
export async function readFinishedPagesInThreads(
  site: string,
  root: URL,
  { threads = availableParallelism(), minPages = MIN_PAGES_FOR_THREADS, cacheFile }: { threads?: number; minPages?: number; cacheFile?: string } = {},
): Promise<FinishedPage[]> {
  const files = await pageFiles(site);
  if (!cacheFile) return readPagesHere(files, root, threads, minPages);
  const kept = await keptPageReadings(cacheFile, files);
  const fresh = await readPagesHere(
    files.filter((_, index) => !kept.pages[index]),
    root,
    threads,
    minPages,
  );
  const pages = filledIn(kept.pages, fresh);
  await kept.keep(pages);
  return pages;
}
