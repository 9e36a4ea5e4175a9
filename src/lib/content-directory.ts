import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * The folder holding `guides/`. Tests point it at fixture folders; everyone else uses `content`.
 */
export const CONTENT_DIRECTORY = process.env.SITEVAR_CONTENT_DIR ?? 'content';

/** The URL paths of every guide's aliases (redirect pages), read from front matter. */
export async function aliasPaths(contentDirectory: string): Promise<Set<string>> {
  const directory = path.resolve(contentDirectory, 'guides');
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  const aliases = new Set<string>();
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const source = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
    let data: unknown;
    try {
      data = frontMatter ? parse(frontMatter) : undefined;
    } catch {
      continue; // The content checks report it.
    }
    const list = (data as { aliases?: unknown } | undefined)?.aliases;
    if (Array.isArray(list)) for (const alias of list) if (typeof alias === 'string') aliases.add(alias.endsWith('/') ? alias : `${alias}/`);
  }
  return aliases;
}
