import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MarkdownProcessor, UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import type { SiteSetup } from '../site-setup.ts';
import { ownModule } from '../utils/own-modules.ts';
import { cssRules } from './code-colors-registry.ts';
import { bundleWorkerEntry } from './worker-bundle.ts';

type CreateMdxRenderer = NonNullable<MarkdownProcessor['createMdxRenderer']>;
type SharedOptions = Parameters<CreateMdxRenderer>[0];
type MdxOptions = Parameters<CreateMdxRenderer>[1];
type MdxRenderer = Awaited<ReturnType<CreateMdxRenderer>>;
type MdxRenderResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** What a worker needs to build the same processor: only data, since functions cannot cross. */
export interface WorkerSetup {
  readonly site: SiteSetup;
  readonly processorOptions: Pick<UnifiedResolvedOptions, 'gfm' | 'smartypants'>;
  readonly shared: SharedOptions;
  readonly mdx: Omit<MdxOptions, 'srcDir'> & { readonly srcDir: string };
}

export interface CompileRequest {
  readonly id: number;
  readonly content: string;
  readonly filePath: string;
  readonly frontmatter: Record<string, unknown>;
}

export type CompileResponse =
  | { readonly id: number; readonly result: MdxRenderResult; readonly codeColors: string }
  | { readonly id: number; readonly error: Record<string, unknown> };

/** Requests in flight per worker: one being compiled, one waiting, so a worker never idles. */
const IN_FLIGHT_PER_WORKER = 2;

interface PoolWorker {
  readonly thread: Worker;
  inFlight: number;
  /** Set when the thread died: its requests failed with this, and it gets no more. */
  failure?: Error;
  /** Length of the last code colours stylesheet it sent: it only grows, and rarely. */
  codeColorsLength: number;
}

/** Turns a worker's plain error back into an Error that Vite reports with its file and line. */
function revive(plain: Record<string, unknown>): Error {
  const error = new Error(String(plain['message'] ?? 'MDX worker error'));
  return Object.assign(error, plain);
}

/** Code colours stylesheets merged: each rule once, in a stable order. */
export function mergeCodeColors(...stylesheets: string[]): string {
  return [...new Set(stylesheets.flatMap(cssRules))].sort().join('');
}

/**
 * Compiles MDX in worker threads, one per core but one (up to three). Astro compiles every guide
 * on its main thread, which also runs the bundler: a large site waited on one core, and that
 * thread's heap grew with every guide's garbage (a 2000-guide build peaked near 2.8 GB; with one
 * worker, under 2 GB). The workers build the same processor from `markdown-setup.ts`, so their
 * output is identical.
 */
export interface MdxWorkerPool {
  /** Wraps a unified processor: its MDX renderer runs in the workers during `astro build`. */
  processor(base: MarkdownProcessor<UnifiedResolvedOptions>): MarkdownProcessor<UnifiedResolvedOptions>;
  /** The code colours the workers met, as CSS rules (the main thread keeps its own). */
  codeColors(): string;
  /** Starts and stops the workers with the build. */
  integration: AstroIntegration;
}

export function mdxWorkerPool(options: { site: SiteSetup; size?: number }): MdxWorkerPool {
  // One core stays with Astro's main thread and the bundler, which feed the workers.
  const size = options.size ?? Number(process.env['SITEVAR_MDX_WORKERS'] ?? Math.min(availableParallelism() - 1, 3));
  let root = pathToFileURL(`${process.cwd()}/`);
  let building = false;
  const codeColorRules = new Set<string>();
  const pools = new Set<{ close(): void }>();
  // Astro asks for a renderer from every transform that starts before the first one is ready.
  let openPool: Promise<MdxRenderer> | undefined;

  async function startPool(shared: SharedOptions, mdx: MdxOptions, processorOptions: WorkerSetup['processorOptions']): Promise<MdxRenderer> {
    const setup: WorkerSetup = {
      site: options.site,
      processorOptions,
      // The transformers are functions: each worker makes its own (markdown-setup.ts).
      shared: { ...shared, shikiConfig: { ...shared.shikiConfig, transformers: [] } },
      mdx: { ...mdx, srcDir: String(mdx.srcDir ?? new URL('src/', root)) },
    };
    const entry = await bundleWorkerEntry(ownModule('./mdx-worker', import.meta.url), root);
    const pending = new Map<number, { resolve: (result: MdxRenderResult) => void; reject: (error: Error) => void; worker: PoolWorker }>();
    const queue: { request: CompileRequest; settle: (worker: PoolWorker) => void; reject: (error: Error) => void }[] = [];
    let nextId = 0;
    let closing = false;

    const workers: PoolWorker[] = Array.from({ length: size }, () => {
      const worker: PoolWorker = {
        thread: new Worker(entry, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: 256 } }),
        inFlight: 0,
        codeColorsLength: 0,
      };
      worker.thread.unref();
      worker.thread.on('message', (response: CompileResponse) => {
        const task = pending.get(response.id);
        if (!task) return;
        pending.delete(response.id);
        worker.inFlight--;
        if ('error' in response) task.reject(revive(response.error));
        else {
          if (response.codeColors.length !== worker.codeColorsLength) {
            worker.codeColorsLength = response.codeColors.length;
            for (const rule of cssRules(response.codeColors)) codeColorRules.add(rule);
          }
          task.resolve(response.result);
        }
        dispatch();
      });
      worker.thread.on('error', (error: Error) => {
        worker.failure = error;
        for (const [id, task] of pending) {
          if (task.worker !== worker) continue;
          pending.delete(id);
          task.reject(error);
        }
        dispatch();
      });
      return worker;
    });

    function dispatch() {
      const alive = workers.filter((worker) => !worker.failure);
      if (alive.length === 0) {
        for (const { reject } of queue.splice(0)) reject(workers[0]?.failure ?? new Error('No MDX worker is running.'));
      }
      while (queue.length > 0) {
        const idlest = alive.reduce((best, worker) => (worker.inFlight < best.inFlight ? worker : best));
        if (idlest.inFlight >= IN_FLIGHT_PER_WORKER) break;
        const { request, settle } = queue.shift()!;
        idlest.inFlight++;
        settle(idlest);
        idlest.thread.postMessage(request);
      }
      if (closing && pending.size === 0 && queue.length === 0) stop();
    }

    function stop() {
      for (const worker of workers) void worker.thread.terminate();
      pools.delete(pool);
    }

    const pool = {
      close() {
        closing = true;
        dispatch();
      },
    };
    pools.add(pool);

    return {
      process(content, filePath, frontmatter) {
        return new Promise((resolve, reject) => {
          const request: CompileRequest = { id: nextId++, content, filePath, frontmatter };
          queue.push({ request, reject, settle: (worker) => pending.set(request.id, { resolve, reject, worker }) });
          dispatch();
        });
      },
    };
  }

  const closeAll = () => {
    openPool = undefined;
    for (const pool of pools) pool.close();
  };

  return {
    processor(base: MarkdownProcessor<UnifiedResolvedOptions>): MarkdownProcessor<UnifiedResolvedOptions> {
      return {
        ...base,
        async createMdxRenderer(shared, mdx) {
          // Development compiles one page at a time on request: threads would only add start-up.
          if (!building || size < 1) return base.createMdxRenderer!(shared, mdx);
          const { gfm, smartypants } = base.options;
          openPool ??= startPool(shared, mdx, { ...(gfm === undefined ? {} : { gfm }), ...(smartypants === undefined ? {} : { smartypants }) });
          return openPool;
        },
      };
    },

    codeColors(): string {
      return [...codeColorRules].sort().join('');
    },

    integration: {
      name: 'sitevar-mdx-workers',
      hooks: {
        'astro:config:setup': ({ command, config, updateConfig }) => {
          building = command === 'build';
          root = config.root;
          // Astro drops its MDX renderer when a Vite build ends; the threads go with it.
          updateConfig({ vite: { plugins: [{ name: 'sitevar-mdx-workers', buildEnd: closeAll }] } });
        },
        'astro:build:done': closeAll,
      },
    },
  };
}
