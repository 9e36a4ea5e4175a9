import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/**
 * Builds the static full-text search index with Pagefind: no service, the index is files next to
 * the pages. Code is indexed as built, so with its default values. Returns what to log.
 */
export async function writeSearchIndex(site: string, language: string): Promise<string> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const indexed = await index.addDirectory({ path: site });
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  await pagefind.close();
  const problems = [...indexed.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
  const size = await folderSize(path.join(site, 'pagefind'));
  return `Indexed ${indexed.page_count} pages for search in ${Math.round(performance.now() - started)} ms (${(size / 1024).toFixed(0)} KB).`;
}
