// Entry of a content-checks worker thread (see content-checks-threads.ts): checks its share of
// the guides, renders those that pass when the build asks, and sends each report back as it is
// done, saying first which guide it starts on: should the thread stop (out of memory, a fault of
// the engine), the guide it stopped on is known, and the rest are checked elsewhere.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckWorkerData, WorkerMessage } from './content-checks-threads.ts';
import { checkAndPrerender } from './guide-prerender.ts';

const { files, guidesDirectory, site, prerender } = workerData as CheckWorkerData;
const send = (message: WorkerMessage) => parentPort!.postMessage(message);
await checkAndPrerender(files, guidesDirectory, site, prerender, {
  onStart: (index) => send({ started: index }),
  onReport: (index, report) => send({ index, report }),
});
send({ done: true });
