// Entry of an MDX worker thread (see mdx-worker-pool.ts): compiles guides with the same processor
// the Astro config describes, and reports the code colours it has met alongside each result.
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { markdownPipeline } from '../markdown/markdown-setup.ts';
import type { CompileRequest, CompileResponse, WorkerSetup } from './mdx-worker-pool.ts';

const setup = workerData as WorkerSetup;
const { codeTransformers, rehypePlugins, remarkPlugins } = markdownPipeline(setup.site);
const { styleToClass, transformers } = codeTransformers();
const processor = unified({ ...setup.processorOptions, remarkPlugins, rehypePlugins });
const renderer = await processor.createMdxRenderer!(
  { ...setup.shared, shikiConfig: { ...setup.shared.shikiConfig, transformers } },
  { ...setup.mdx, srcDir: new URL(setup.mdx.srcDir) },
);

/** What survives the trip to the main thread of an error: its message, name and position. */
function plainError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const plain: Record<string, unknown> = { name: error.name, message: error.message, stack: error.stack };
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) plain[key] = value;
  }
  return plain;
}

parentPort!.on('message', async ({ id, content, filePath, frontmatter }: CompileRequest) => {
  let response: CompileResponse;
  try {
    response = { id, result: await renderer.process(content, filePath, frontmatter), codeColors: styleToClass.getCSS() };
  } catch (error) {
    response = { id, error: plainError(error) };
  }
  parentPort!.postMessage(response);
});
