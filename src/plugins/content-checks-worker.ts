// Entry of a content-checks worker thread (see content-checks-threads.ts): checks its share of
// the guides and sends the reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkGuideFilesHere } from '../content-checks';

const { files, guidesDirectory } = workerData as { files: string[]; guidesDirectory: string };
parentPort!.postMessage(await checkGuideFilesHere(files, guidesDirectory));
