import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { aliasPath } from '../content-checks/aliases.ts';
import { listGuideFiles } from '../content-checks/guide-files.ts';

/** The URL paths of every guide's aliases (redirect pages), read from front matter. */
export async function aliasPaths(root: URL, contentDirectory: string): Promise<Set<string>> {
  const directory = path.resolve(fileURLToPath(root), contentDirectory, 'guides');
  const aliases = new Set<string>();
  // The guides the checks read: no link out of the content folder is followed.
  for (const file of await listGuideFiles(directory)) {
    const source = await readFile(file, 'utf8');
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
