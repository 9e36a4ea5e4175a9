import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Files Astro makes a page of: components, Markdown, MDX and HTML. Endpoints (`.ts`, `.js`) make files, not pages. */
const PAGE_FILE = /\.(?:astro|md|mdx|html)$/;

/**
 * The address of the page a file under `src/pages/` makes (`reference/options.astro` →
 * `/reference/options/`, `about/index.mdx` → `/about/`), as guides link it: undefined for a file
 * that is no page, a dynamic route (`[slug].astro`, whose pages only its code knows) or one Astro
 * leaves out (a name starting with `_`).
 */
export function ownPagePath(file: string): string | undefined {
  const segments = file.split(/[\\/]/);
  const name = segments.at(-1) ?? '';
  if (!PAGE_FILE.test(name) || segments.some((segment) => segment.startsWith('_') || segment.includes('['))) return undefined;
  const stem = name.replace(PAGE_FILE, '');
  const folders = segments.slice(0, -1);
  const parts = stem === 'index' ? folders : [...folders, stem];
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** The addresses of the site's own pages (`src/pages/`), which guides may link to. */
export async function ownPagePaths(pagesDirectory: string): Promise<string[]> {
  const entries = await readdir(pagesDirectory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .flatMap((entry) => ownPagePath(path.relative(pagesDirectory, path.join(entry.parentPath, entry.name))) ?? [])
    .sort();
}
