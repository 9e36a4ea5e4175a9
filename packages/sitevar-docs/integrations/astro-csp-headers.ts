import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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
 * Writes the site's Content Security Policy as a `_headers` file (the format of Netlify and
 * Cloudflare Pages) next to the pages: every page's policy, hashes of its inline scripts and
 * styles included, as one header for the whole site.
 */
export function cspHeaders(): AstroIntegration {
  return {
    name: 'sitevar-csp-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        // Pages mostly share one policy: keeping each distinct policy once keeps memory flat
        // (a matched string can hold on to the whole page it was cut from).
        const policies = new Set<string>();
        for (const entry of entries) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const html = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
          const policy = META.exec(html)?.[1];
          if (policy) policies.add(policy.replaceAll('&#39;', "'"));
        }
        if (policies.size === 0) return;
        await writeFile(path.join(root, '_headers'), `/*\n  Content-Security-Policy: ${mergePolicies([...policies])}\n`);
      },
    },
  };
}
