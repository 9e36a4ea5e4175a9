import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles a worker thread's TypeScript entry (and the project modules it imports) into one
 * JavaScript file under the project's `node_modules/.cache/`, where Node resolves the packages
 * it imports, as it would for the project itself. Returns the file's path.
 */
export async function bundleWorkerEntry(entry: URL, root: URL): Promise<string> {
  const directory = new URL('node_modules/.cache/sitevar-docs/', root);
  await mkdir(directory, { recursive: true });
  const outfile = fileURLToPath(
    new URL(
      fileURLToPath(entry)
        .split('/')
        .at(-1)!
        .replace(/\.[jt]s$/, '.mjs'),
      directory,
    ),
  );
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}
