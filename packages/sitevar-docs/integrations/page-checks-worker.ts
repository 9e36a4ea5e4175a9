// Entry of a page-checks worker thread (see page-checks-threads.ts): reads and checks its share
// of the built pages and sends what it found back.
import { parentPort, workerData } from 'node:worker_threads';
import { readPages } from '../page-checks/finished-pages.ts';
import type { PageCheckWorkerData } from './page-checks-threads.ts';

parentPort!.postMessage(await readPages((workerData as PageCheckWorkerData).files));
