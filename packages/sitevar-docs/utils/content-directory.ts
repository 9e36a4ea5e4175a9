import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { aliasPath } from './alias';

/** The URL paths of every guide's aliases (redirect pages), read from front matter. */
export async function aliasPaths(root: URL, contentDirectory: string): Promise<Set<string>> {
  const directory = path.resolve(fileURLToPath(root), contentDirectory, 'guides');
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
    if (Array.isArray(list)) for (const alias of list) if (typeof alias === 'string') aliases.add(aliasPath(alias));
  }
  return aliases;
}
