import { createHash } from 'node:crypto';
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** Merges pages' policies into one: the union of each directive's sources, in a stable order. */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The headers every response gets: the pages' policy, with what only a header can say (no page
 * may frame this one); no guessing of content types; and no referrer, so following a link out
 * never tells another site which guide the reader was on.
 */
export function headersFile(policy: string): string {
  const headers = {
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  return `/*\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
}

/** The CSP hash source of an inline script or style: `'sha256-…'` of its exact text. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The hashes of every inline script and style of a page. */
function inlineHashes(html: string, into: Set<string>): void {
  for (const match of html.matchAll(/<(script|style)\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/\1>/g)) into.add(hashSource(match[2]!));
}

/** A policy without the hash sources no page uses (Astro lists some for scripts it never inlines). */
export function withoutUnusedHashes(policy: string, used: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/).filter((source) => !source.startsWith("'sha256-") || used.has(source)).join(' '))
    .filter(Boolean)
    .join('; ');
}

/** Replaces a file as one step (a new file renamed over it): a reader never sees half of it. */
async function replaceFile(file: string, text: string): Promise<void> {
  const next = `${file}.${process.pid}.tmp`;
  await writeFile(next, text);
  await rename(next, file);
}

/**
 * Writes the site's Content Security Policy as a `_headers` file (the format of Netlify and
 * Cloudflare Pages) next to the pages: every page's policy, with the hashes of the inline scripts
 * and styles that pages really hold, as one header for the whole site; the pages' own copy (a
 * `<meta>` element) is trimmed the same way, when a page lists a hash no page uses. Pages are
 * read once more only then, and replaced whole, so the search index may read them meanwhile.
 */
export async function writeSiteHeaders(root: string): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
  // Pages mostly share one policy: keeping each distinct policy once keeps memory flat
  // (a matched string can hold on to the whole page it was cut from).
  const policies = new Set<string>();
  const used = new Set<string>();
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const policy = META.exec(html)?.[1];
    if (policy) policies.add(policy.replaceAll('&#39;', "'"));
    inlineHashes(html, used);
  }
  if (policies.size === 0) return;
  if ([...policies].some((policy) => withoutUnusedHashes(policy, used) !== policy)) {
    for (const page of pages) {
      const html = await readFile(page, 'utf8');
      const trimmed = html.replace(META, (tag, policy: string) => tag.replace(policy, withoutUnusedHashes(policy.replaceAll('&#39;', "'"), used).replaceAll("'", '&#39;')));
      if (trimmed !== html) await replaceFile(page, trimmed);
    }
  }
  await writeFile(path.join(root, '_headers'), headersFile(withoutUnusedHashes(mergePolicies([...policies]), used)));
}
