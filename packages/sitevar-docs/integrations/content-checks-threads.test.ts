import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../content-checks/index.ts';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { checkGuideFilesInThreads, checkInWorker } from './content-checks-threads.ts';

const ROOT = new URL('../../../', import.meta.url);
const FIXTURES = [
  'broken-links',
  'duplicate-urls',
  'front-matter-faults',
  'invalid-blocks',
  'placeholder-faults',
  'plain-markdown',
  'unknown-component',
  'valid',
];

describe('checkGuideFilesInThreads', () => {
  it.each(FIXTURES)(
    'reports exactly what one thread reports, in the same order (%s)',
    async (fixture) => {
      const options = { contentDirectory: `packages/sitevar-docs/content-checks/fixtures/${fixture}`, includeDrafts: false, site };
      const here = await checkContent(options);
      const threaded = await checkContent(options, checkGuideFilesInThreads(ROOT, { threads: 3, minGuides: 0 }));
      expect(threaded).toEqual(here);
    },
    30_000,
  );
});

describe('kept reports', () => {
  it('a rebuild reads the reports of unchanged guides, checks a changed one again, and reports the same', async () => {
    const { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const work = mkdtempSync(path.join(tmpdir(), 'sitevar-reports-'));
    try {
      const content = path.join(work, 'content');
      cpSync(fileURLToPath(new URL('../content-checks/fixtures/placeholder-faults/', import.meta.url)), content, { recursive: true });
      const prerender = { partsDirectory: path.join(work, 'cache', 'guide-parts'), engine: 'test-engine' };
      const options = { contentDirectory: content, includeDrafts: false, site };
      const checker = () => checkGuideFilesInThreads(ROOT, { threads: 1, prerender });
      const first = await checkContent(options, checker());
      const reports = path.join(work, 'cache', 'guide-reports');
      const [report] = readdirSync(reports);
      expect(readdirSync(reports)).toHaveLength(1);
      // The kept report is what the next build reads: marked, it shows it was not checked again.
      const kept = JSON.parse(readFileSync(path.join(reports, report!), 'utf8'));
      writeFileSync(
        path.join(reports, report!),
        JSON.stringify({ ...kept, problems: [...kept.problems, { file: 'kept', line: 1, message: 'from the kept report' }] }),
      );
      expect((await checkContent(options, checker())).map((problem) => problem.message)).toContain('from the kept report');
      // A changed guide is checked again, and its old report let go.
      const guide = path.join(content, 'guides', 'a', 'guide.mdx');
      writeFileSync(guide, `${readFileSync(guide, 'utf8')}\n`);
      expect(await checkContent(options, checker())).toEqual(first);
      expect(readdirSync(reports)).toHaveLength(1);
      expect(readdirSync(reports)[0]).not.toBe(report);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('a worker thread that stops before it is done', () => {
  it('reports the guide it stopped on as a fault of the engine, and checks the guides after it in a new thread', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const work = mkdtempSync(path.join(tmpdir(), 'sitevar-worker-'));
    try {
      // A stand-in for the checks' worker, which stops on one guide as a thread out of memory would.
      const entry = path.join(work, 'worker.mjs');
      writeFileSync(
        entry,
        `import { parentPort, workerData } from 'node:worker_threads';
for (const [index, file] of workerData.files.entries()) {
  parentPort.postMessage({ started: index });
  if (file.endsWith('stops.mdx')) throw new Error('out of memory, say');
  parentPort.postMessage({ index, report: { problems: [{ file, line: 1, message: 'checked' }] } });
}
parentPort.postMessage({ done: true });
`,
      );
      const files = ['a.mdx', 'stops.mdx', 'b.mdx', 'c.mdx'].map((name) => path.join(work, name));
      const reports = await checkInWorker(entry, { files, guidesDirectory: work, site, prerender: undefined });
      expect(reports.map((report) => report.problems.map((problem) => problem.message))).toEqual([
        ['checked'],
        [
          'Checking this guide failed: that is a fault of the engine (sitevar-docs), not of the guide, and worth reporting with the guide attached. (Error: out of memory, say)',
        ],
        ['checked'],
        ['checked'],
      ]);
      expect(reports[1]).toMatchObject({ engineFault: true, problems: [{ line: 1, file: expect.stringMatching(/stops\.mdx$/) }] });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 30_000);

  it('checks on this thread the guides of a thread that could not start', async () => {
    const guidesDirectory = fileURLToPath(new URL('../content-checks/fixtures/valid/guides/', import.meta.url));
    const files = ['provider/app.mdx', 'other/second.mdx'].map((file) => `${guidesDirectory}${file}`);
    const reports = await checkInWorker(fileURLToPath(new URL('./no-such-worker.mjs', import.meta.url)), {
      files,
      guidesDirectory,
      site,
      prerender: undefined,
    });
    expect(reports.map((report) => [report.problems, report.summary?.url])).toEqual([
      [[], '/guides/provider/app/'],
      [[], '/guides/other/second/'],
    ]);
  }, 30_000);
});
