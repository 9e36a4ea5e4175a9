import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from '../markdown/markdown-setup.ts';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { mdxWorkerPool, mergeCodeColors } from './mdx-worker-pool.ts';

const { codeTransformers, highlighting, rehypePlugins, remarkPlugins } = markdownPipeline(site);

const GUIDE = [
  '<SiteVarPreferences />',
  '',
  '## Configure',
  '',
  'The portal is at `https://{{< sitevar name="subdomain-authelia" >}}.{{< sitevar name="domain" >}}/`, on <SiteVar name="host" />.',
  '',
  '```yaml {title="configuration.yml"}',
  'issuer: \'https://{{< sitevar name="subdomain-authelia" >}}.{{< sitevar name="domain" >}}\'',
  'port: {{< sitevar name="port" >}}',
  '```',
  '',
].join('\n');

const mdxOptions = { optimize: true, srcDir: new URL('../', import.meta.url), sourcemap: false };

function sharedOptions(transformers: ReturnType<typeof codeTransformers>['transformers']) {
  return {
    syntaxHighlight: { type: 'shiki' as const, excludeLangs: ['math'] },
    shikiConfig: { ...highlighting, langs: [], wrap: false, transformers },
    gfm: true,
    smartypants: true,
  };
}

/** A pool as `astro build` sets it up, with the integration's hook run by hand. */
async function buildPool(size: number) {
  const pool = mdxWorkerPool({ site, size });
  const setup = pool.integration.hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ command: 'build', config: { root: new URL('../../../', import.meta.url) }, updateConfig: () => undefined });
  const { transformers } = codeTransformers();
  const renderer = await pool.processor(unified({ remarkPlugins, rehypePlugins })).createMdxRenderer!(sharedOptions(transformers), mdxOptions);
  const close = pool.integration.hooks['astro:build:done'] as () => void;
  return { pool, renderer, close };
}

describe('mdxWorkerPool', () => {
  it('compiles guides in worker threads exactly as the main thread does', async () => {
    const { styleToClass, transformers } = codeTransformers();
    const inProcess = await unified({ remarkPlugins, rehypePlugins }).createMdxRenderer!(sharedOptions(transformers), mdxOptions);
    const expected = await inProcess.process(GUIDE, '/site/content/guides/a/b.mdx', { title: 'B' });

    const { pool, renderer, close } = await buildPool(2);
    try {
      const results = await Promise.all(Array.from({ length: 6 }, () => renderer.process(GUIDE, '/site/content/guides/a/b.mdx', { title: 'B' })));
      for (const result of results) {
        expect(result.code).toBe(expected.code);
        expect(result.astroMetadata).toEqual(expected.astroMetadata);
      }
      // The workers' code colours are the main thread's, rule for rule.
      expect(pool.codeColors()).toBe(mergeCodeColors(styleToClass.getCSS()));
      expect(pool.codeColors()).toMatch(/^\.c-[\w-]+\{/);
    } finally {
      close();
    }
  }, 30_000);

  it('reports an author mistake from a worker with the file, line and column', async () => {
    const { renderer, close } = await buildPool(1);
    try {
      await expect(renderer.process('Text `{{< sitevar name="domian" >}}`.\n', '/site/content/guides/a/b.mdx', {})).rejects.toThrow(
        /b\.mdx:1:19 {2}Unknown site variable "domian"\. Did you mean "domain"\?/,
      );
      // The worker is still there for the next guide.
      await expect(renderer.process('Fine.\n', '/site/content/guides/a/c.mdx', {})).resolves.toHaveProperty('code');
    } finally {
      close();
    }
  }, 30_000);
});

describe('mergeCodeColors', () => {
  it('keeps each rule once, in a stable order', () => {
    expect(mergeCodeColors('.c-b{color:red}.c-a{color:blue}', '.c-a{color:blue}.c-c{--x:1}')).toBe('.c-a{color:blue}.c-b{color:red}.c-c{--x:1}');
  });
});
