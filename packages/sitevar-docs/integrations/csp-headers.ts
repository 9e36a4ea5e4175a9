import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type PageReading, policyAttributePlace } from '../page-checks/page-rules.ts';

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
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`;
}

/** A policy without the hash sources no page uses (Astro lists some for scripts it never inlines). */
export function withoutUnusedHashes(policy: string, used: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !source.startsWith("'sha256-") || used.has(source))
        .join(' '),
    )
    .filter(Boolean)
    .join('; ');
}

/** Replaces a file as one step (a new file renamed over it): a reader never sees half of it. */
async function replaceFile(file: string, text: string): Promise<void> {
  const next = `${file}.${process.pid}.tmp`;
  await writeFile(next, text);
  await rename(next, file);
}

/** A policy as the value of a double-quoted attribute, quotes written as the layout writes them. */
const asAttributeValue = (policy: string) => policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** A finished page: its file, and what reading it found (`page-checks/finished-pages.ts`). */
export interface ReadPage {
  readonly file: string;
  readonly reading: Pick<PageReading, 'policy' | 'inlineHashes'>;
}

/**
 * Writes the site's Content Security Policy as a `_headers` file (the format of Netlify and
 * Cloudflare Pages) next to the pages: every page's policy, with the hashes of the inline scripts
 * and styles that pages really hold, as one header for the whole site. The pages' own copy (a
 * `<meta>` element) is trimmed the same way when a page lists a hash no page uses: its content
 * attribute, where a parse of the page finds it, is replaced and the page written whole, so the
 * search index may read pages meanwhile.
 */
export async function writeSiteHeaders(root: string, pages: readonly ReadPage[]): Promise<void> {
  // Pages mostly share one policy: each distinct one is kept once.
  const policies = new Set(pages.flatMap(({ reading }) => (reading.policy ? [reading.policy] : [])));
  const used = new Set(pages.flatMap(({ reading }) => reading.inlineHashes));
  if (policies.size === 0) return;
  for (const { file, reading } of pages) {
    const policy = reading.policy;
    if (!policy || withoutUnusedHashes(policy, used) === policy) continue;
    const html = await readFile(file, 'utf8');
    const place = policyAttributePlace(html, policy);
    if (place) await replaceFile(file, `${html.slice(0, place.start)}content="${asAttributeValue(withoutUnusedHashes(policy, used))}"${html.slice(place.end)}`);
  }
  await writeFile(path.join(root, '_headers'), headersFile(withoutUnusedHashes(mergePolicies([...policies]), used)));
}
