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
