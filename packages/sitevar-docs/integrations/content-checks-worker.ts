// Entry of a content-checks worker thread (see content-checks-threads.ts): checks its share of
// the guides and sends the reports back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkGuideFilesHere } from '../content-checks';
import type { SiteSetup } from '../site-setup';

const { files, guidesDirectory, site } = workerData as { files: string[]; guidesDirectory: string; site: SiteSetup };
parentPort!.postMessage(await checkGuideFilesHere(files, guidesDirectory, site));
