// The peer in `npm run bench`: the same synthetic corpus built with Starlight, from bench/peer/
// (its own package and lock file, installed there on first use), so Starlight never enters the
// site's dependency tree. The corpus is the engine's guides as a Starlight author would write
// them: defaults in place of placeholders, Starlight's asides and tabs for callouts and tabs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateGuides } from './generate-guides.mjs';

export const PEER = path.resolve('bench/peer');
export const PEER_SITE = path.join(PEER, 'site');
export const PEER_ASTRO = path.join(PEER, 'node_modules/astro/bin/astro.mjs');

/** Installs the peer from its lock file if it is not there yet; returns its Starlight version. */
export function ensurePeer() {
  const manifest = path.join(PEER, 'node_modules/@astrojs/starlight/package.json');
  if (!existsSync(manifest)) {
    console.log('Installing the peer (Starlight) into bench/peer/…');
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEER, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('npm ci in bench/peer failed');
  }
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/** One guide of the engine's corpus, as Starlight MDX. */
export function asStarlight(text, defaults) {
  const body = text
    .replace(/^sitevars:\n(?: {2}.*\n)*/m, '')
    .replace(/\{\{< sitevar name="([\w-]+)"[^>]*>\}\}/g, (_match, name) => defaults[name] ?? name)
    .replace(/<SiteVar name="([\w-]+)" \/>/g, (_match, name) => defaults[name] ?? name)
    .replace(/<SiteVarPreferences \/>\n\n/g, '')
    // Hugo's {title="…"} meta is Expressive Code's title="…".
    .replace(/^```(\w+) \{title="([^"]+)"\}$/gm, '```$1 title="$2"')
    .replace(/<Callout context="(\w+)">([\s\S]*?)<\/Callout>/g, (_match, kind, inner) => `:::${kind}\n${inner.trim()}\n:::`)
    .replace(/<Tabs group="([\w-]+)">/g, '<Tabs syncKey="$1">')
    .replace(/<Tab label=/g, '<TabItem label=')
    .replace(/<\/Tab>/g, '</TabItem>');
  if (!body.includes('<Tabs')) return body;
  // Starlight's components are imported, after the front matter.
  return body.replace(/^(---\n[\s\S]*?\n---\n)/, "$1\nimport { Tabs, TabItem } from '@astrojs/starlight/components';\n");
}

/** Writes `count` guides as the peer's docs (under `guides/`, as for this site), replacing what was there. */
export function writePeerCorpus(count, defaults) {
  const docs = path.join(PEER_SITE, 'src/content/docs');
  generateGuides(docs, count, { substitute: (text) => asStarlight(text, defaults), sources: false });
  writeFileSync(
    path.join(docs, 'index.mdx'),
    '---\ntitle: Peer docs\ndescription: The benchmark corpus, built with Starlight.\n---\n\nGuides for the benchmark.\n',
  );
}
