import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GuidePart } from '../markdown/guide-renderer.ts';
import type { SiteSetup } from '../site-setup.ts';

/**
 * Rendered guides, a file per version of a guide (named by its digest), in Astro's cache folder.
 * The collection's store keeps only the file's name: the store is bundled into the build as one
 * module, and every guide's HTML in it made that module the build's largest and slowest.
 */
export interface StoredGuide {
  readonly parts: readonly GuidePart[];
  /** The code colour rules the guide's blocks use. */
  readonly codeColors: string;
}

/**
 * What of the site's setup a guide's HTML depends on. The checks are told more (the public
 * folder's files, the site's own pages, whether sources are required), which the collection's
 * loader is not: left in, it would name the same rendering differently in each, and the loader
 * would render again every guide the checks' threads had rendered.
 */
function renderingSetup(site: SiteSetup): Omit<SiteSetup, 'publicFiles' | 'ownPages' | 'requireSources'> {
  const { publicFiles: _publicFiles, ownPages: _ownPages, requireSources: _requireSources, ...rendering } = site;
  return rendering;
}

/**
 * What a guide renders to depends on its text, on the site's setup (its variables, words and
 * grammars are in the HTML) and on the engine (`utils/engine-fingerprint.ts`), so all three name
 * the rendered file: a change to any renders again. The same text reads differently as plain
 * Markdown (`syntax` "md", a .md guide) and as MDX: that names it too.
 */
export function guideDigest(site: SiteSetup, engine: string, text: string, syntax: 'md' | 'mdx' = 'mdx'): string {
  return createHash('sha256')
    .update(JSON.stringify([engine, renderingSetup(site)]))
    .update(syntax === 'md' ? '\0md\0' : '\0')
    .update(text.replace(/^\uFEFF/, ''))
    .digest('base64url')
    .slice(0, 32);
}

export const storedGuideName = (digest: string) => `${digest}.json`;

const madeDirectories = new Set<string>();

export async function writeStoredGuide(directory: string, digest: string, guide: StoredGuide): Promise<string> {
  if (!madeDirectories.has(directory)) {
    await mkdir(directory, { recursive: true });
    madeDirectories.add(directory);
  }
  const name = storedGuideName(digest);
  await writeFile(path.join(directory, name), JSON.stringify(guide));
  return name;
}

/** A stored guide, or undefined when its file is gone (a cache cleared by hand). */
export async function readStoredGuide(directory: string, name: string): Promise<StoredGuide | undefined> {
  try {
    return JSON.parse(await readFile(path.join(directory, path.basename(name)), 'utf8')) as StoredGuide;
  } catch {
    return undefined;
  }
}

/** Removes the files of a cache folder (rendered guides, kept reports) that nothing names any more. */
export async function pruneFiles(directory: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.endsWith('.json') && !keep.has(name)).map((name) => rm(path.join(directory, name), { force: true })));
}
