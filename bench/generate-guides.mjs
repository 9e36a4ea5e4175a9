// Writes synthetic guides that follow the authoring contract, for build benchmarks:
// realistic mixes of YAML, JSON, shell and env blocks with 5-20 placeholders each, prose
// variables, callouts and tabs. Deterministic for a given count (a seeded generator).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SITE = ['domain', 'subdomain-authelia', 'host', 'port', 'tls', 'subdomain-authentik', 'subdomain-app'];
const sv = (name, extra = '') => `{{< sitevar name="${name}"${extra} >}}`;
const url = () => `https://${sv('subdomain-app')}.${sv('domain')}`;
const authelia = () => `https://${sv('subdomain-authelia')}.${sv('domain')}`;

function yamlBlock(random, count) {
  const lines = ['identity_providers:', '  oidc:', '    clients:'];
  for (let index = 0; index < count; index++) {
    lines.push(`      - client_id: 'client-${index}'`, `        redirect_uris:`, `          - '${url()}/callback/${index}'`);
    if (random() < 0.3) lines.push(`        issuer: '${authelia()}'`);
  }
  return ['```yaml {title="configuration.yml"}', ...lines, '```'].join('\n');
}

function jsonBlock(random, count) {
  const entries = Array.from({ length: count }, (_, index) => `    "url${index}": "${random() < 0.5 ? url() : authelia()}"`);
  return ['```json', '{', '  "servers": {', entries.join(',\n'), '  },', `  "port": ${sv('port')}`, '}', '```'].join('\n');
}

function envBlock(random, count) {
  const lines = Array.from({ length: count }, (_, index) => `APP_URL_${index}=${random() < 0.5 ? url() : authelia()}`);
  lines.push(`PROVIDERS={"openid_connect":{"APPS":[{"settings":{"server_url":"${authelia()}"}}]}}`);
  return ['```env title=".env"', ...lines, '```'].join('\n');
}

function shellBlock(random, count) {
  const lines = Array.from({ length: count }, () => `curl -fsS ${sv('tls')}://${sv('host')}:${sv('port')}/api/health # ${sv(SITE[Math.floor(random() * 2)])}`);
  return ['```shell', ...lines, '```'].join('\n');
}

const BLOCKS = [yamlBlock, jsonBlock, envBlock, shellBlock];

function guide(index) {
  const random = seeded(index + 1);
  const sections = [];
  for (let section = 0; section < 4; section++) {
    const blocks = [];
    for (let block = 0; block < 2; block++) {
      const placeholders = 5 + Math.floor(random() * 16);
      const kind = Math.floor(random() * BLOCKS.length);
      // Lines or entries for about that many placeholders: 2-4 per line depending on the kind.
      const perLine = [2.6, 2, 2, 4][kind];
      blocks.push(BLOCKS[kind](random, Math.max(1, Math.round(placeholders / perLine))));
    }
    sections.push(
      `## Step ${section + 1}\n\nThe portal is at \`${authelia()}/\` and your domain is <SiteVar name="domain" />.\n\n${blocks[0]}\n`,
      random() < 0.5
        ? `<Callout context="tip">Use \`${url()}/\` for the application.</Callout>\n`
        : `<Tabs group="deployment">\n<Tab label="Docker">\n\n${blocks[1]}\n\n</Tab>\n<Tab label="Standalone">\n\nRun it as a service on <SiteVar name="host" />.\n\n</Tab>\n</Tabs>\n`,
    );
  }
  return `---\ntitle: "Application ${index}"\ndescription: "Synthetic guide ${index} for benchmarks."\nweight: ${index}\nsitevars:\n  subdomain-app: app${index}\n---\n\n<SiteVarPreferences />\n\n${sections.join('\n')}`;
}

/** A sources file whose claims point at these texts of its guide (this site requires one beside every guide). */
export function sourcesFile(anchors) {
  const claims = anchors.map(
    (anchor, index) =>
      `  - claim: Claim ${index + 1} of the guide, backed upstream.\n    anchor: ${JSON.stringify(anchor)}\n    repo: example/portal\n    ref: v1.0.0\n    path: docs/claim-${index + 1}.md\n`,
  );
  return `claims:\n${claims.join('')}`;
}

const SOURCES = sourcesFile(['## Step 1 The portal is at', '<SiteVarPreferences />']);

/** Writes `count` guides under `directory/guides/`, each with its sources file unless `sources` is false, replacing what was there. */
export function generateGuides(directory, count, { substitute, sources = true } = {}) {
  rmSync(directory, { recursive: true, force: true });
  for (let index = 0; index < count; index++) {
    const folder = path.join(directory, 'guides', `provider${index % 5}`);
    mkdirSync(folder, { recursive: true });
    const text = guide(index);
    writeFileSync(path.join(folder, `app-${index}.mdx`), substitute ? substitute(text) : text);
    // This site requires a sources file beside every guide (guides.requireSources): its check is part of a build.
    if (sources) writeFileSync(path.join(folder, `app-${index}.sources.yml`), SOURCES);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [directory = 'bench/.corpus', count = '100'] = process.argv.slice(2);
  generateGuides(directory, Number(count));
  console.log(`Wrote ${count} guides to ${directory}/guides/`);
}
