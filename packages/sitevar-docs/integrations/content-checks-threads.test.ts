import { describe, expect, it } from 'vitest';
import { checkContent } from '../content-checks';
import { TEST_SITE as site } from '../registry/fixtures/site';
import { checkGuideFilesInThreads } from './content-checks-threads';

const ROOT = new URL('../../../', import.meta.url);
const FIXTURES = ['broken-links', 'duplicate-urls', 'front-matter-faults', 'invalid-blocks', 'placeholder-faults', 'unknown-component', 'valid'];

describe('checkGuideFilesInThreads', () => {
  it.each(FIXTURES)('reports exactly what one thread reports, in the same order (%s)', async (fixture) => {
    const options = { contentDirectory: `packages/sitevar-docs/content-checks/fixtures/${fixture}`, includeDrafts: false, site };
    const here = await checkContent(options);
    const threaded = await checkContent(options, checkGuideFilesInThreads(ROOT, { threads: 3, minGuides: 0 }));
    expect(threaded).toEqual(here);
  }, 30_000);
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
      writeFileSync(path.join(reports, report!), JSON.stringify({ ...kept, problems: [...kept.problems, { file: 'kept', line: 1, message: 'from the kept report' }] }));
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
