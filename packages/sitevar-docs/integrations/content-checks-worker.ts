// Entry of a content-checks worker thread (see content-checks-threads.ts): checks its share of
// the guides, renders those that pass when the build asks, and sends the reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkGuideFilesHere } from '../content-checks';
import type { CheckWorkerData } from './content-checks-threads';
import { guidePrerender } from './guide-prerender';

const { files, guidesDirectory, site, prerender } = workerData as CheckWorkerData;
parentPort!.postMessage(await checkGuideFilesHere(files, guidesDirectory, site, prerender && guidePrerender(site, prerender, guidesDirectory)));
