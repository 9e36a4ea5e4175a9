// `sitevar-docs check`: runs every content check of the site in the current folder, as a build
// would, without building. The site's Astro config is loaded with Vite's module runner (it may
// import TypeScript); the checks are those of the sitevarDocs() integration it holds.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts'];

export async function check({ includeDrafts }) {
  const { existsSync } = await import('node:fs');
  const file = CONFIG_FILES.map((name) => path.resolve(name)).find((candidate) => existsSync(candidate));
  if (!file) {
    console.error(`No Astro config here (${CONFIG_FILES.join(', ')}): run sitevar-docs check in the site's folder.`);
    return 2;
  }
  let config;
  try {
    ({
      module: { default: config },
    } = await runnerImport(file));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const integration = (config.integrations ?? []).flat(Infinity).find((candidate) => candidate?.name === 'sitevar-docs');
  const run = integration?.[Symbol.for('sitevar-docs.check')];
  if (typeof run !== 'function') {
    console.error(`${path.basename(file)} does not use the sitevarDocs() integration.`);
    return 2;
  }
  const started = performance.now();
  const root = pathToFileURL(`${path.dirname(file)}/`);
  const report = await run.call(integration, {
    root,
    includeDrafts,
    publicDir: config.publicDir ? new URL(config.publicDir, root) : undefined,
    // A folder's URL ends with a slash, so that pages/ resolves inside it.
    srcDir: config.srcDir ? new URL(`${String(config.srcDir).replace(/\/?$/, '')}/`, root) : undefined,
  });
  if (report) {
    console.error(report);
    return 1;
  }
  console.log(`Content checks passed (${Math.round(performance.now() - started)} ms): front matter, site variables, links, components, URLs and code blocks.`);
  return 0;
}
