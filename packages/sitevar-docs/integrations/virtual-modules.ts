import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
import { engineGuideComponents } from '../content-checks/engine-components.ts';
import { coreDefinitions } from '../registry/core-acceptance.ts';
import type { SiteVariable } from '../registry/index.ts';
import { OVERRIDABLE_COMPONENTS, type SitevarDocsConfig } from '../schemas/config.ts';
import { RUNTIME_UI } from '../schemas/ui.ts';
import { engineFingerprint } from '../utils/engine-fingerprint.ts';

/*
 * How the site's configuration reaches the code that runs in pages and in the browser: as
 * virtual modules, generated from the one validated configuration. The same sources serve Vite
 * (pages and the modules the core loads lazily) and esbuild (the inline core).
 */

const PREFIX = 'virtual:sitevar-docs/';
const componentsDirectory = fileURLToPath(new URL('../components/', import.meta.url));

/**
 * A variable as the browser needs it: what validates, shows and titles a value. Its help text,
 * group and formats are only for the build, and every page would carry them.
 */
function forBrowser(variable: SiteVariable): SiteVariable {
  const { help: _help, group: _group, formats: _formats, ...rest } = variable;
  const trimmed = variable.kind === 'select' ? { ...rest, options: variable.options.map(({ value }) => ({ value, label: value })) } : rest;
  return trimmed as SiteVariable;
}

/** The folder of rendered guide parts, in Astro's cache folder. */
export function guidePartsDirectoryOf(cacheDir: URL): string {
  return path.join(fileURLToPath(cacheDir), 'sitevar-docs', 'guide-parts');
}

/** Everything a page or script may import, by module id, with its source. */
export function virtualModuleSources(
  config: SitevarDocsConfig,
  root: URL,
  lastUpdated: Readonly<Record<string, string>> = {},
  cacheDir: URL = new URL('node_modules/.astro/', root),
): Map<string, string> {
  const fromRoot = (file: string) => JSON.stringify(path.resolve(fileURLToPath(root), file));
  const sources = new Map<string, string>();
  // Pages: the whole configuration (the browser never imports this one).
  sources.set(
    `${PREFIX}config`,
    [
      `export default ${JSON.stringify(config)};`,
      `export const guidesDirectory = ${JSON.stringify(path.join(path.resolve(fileURLToPath(root), config.contentDirectory), 'guides'))};`,
      // Where the collection's loader keeps each guide's rendered parts (guides-loader.ts).
      `export const guidePartsDirectory = ${JSON.stringify(guidePartsDirectoryOf(cacheDir))};`,
      `export const engineFingerprint = ${JSON.stringify(engineFingerprint())};`,
    ].join('\n'),
  );
  // Pages: each guide file's latest commit date, by path relative to the project.
  sources.set(`${PREFIX}last-updated`, `export default ${JSON.stringify(lastUpdated)};`);
  // Pages and browser: the variables, which the registry is built from.
  sources.set(`${PREFIX}variables`, `export default ${JSON.stringify(config.variables.map(forBrowser))};`);
  // Browser: the strings each script uses, a module per script (see RUNTIME_UI).
  for (const [area, keys] of Object.entries(RUNTIME_UI)) {
    sources.set(`${PREFIX}ui/${area}`, keys.map((key) => `export const ${key} = ${JSON.stringify(config.ui[key])};`).join('\n'));
  }
  // The site's own stylesheets, loaded after the engine's.
  sources.set(`${PREFIX}custom-css`, config.customCss.map((file) => `import ${fromRoot(file)};`).join('\n'));
  // The engine's components a site may replace with its own.
  for (const name of OVERRIDABLE_COMPONENTS) {
    const own = config.components[name];
    const file = own ? fromRoot(own) : JSON.stringify(path.join(componentsDirectory, `${name}.astro`));
    sources.set(`${PREFIX}components/${name}`, `export { default } from ${file};`);
  }
  // The components guides may use without importing them: the engine's and the site's own.
  const guideComponents = [
    ...engineGuideComponents.flatMap(([name, { source }]) =>
      source === 'compiled'
        ? []
        : [
            `export { default as ${name} } from ${source === 'overridable' ? JSON.stringify(`${PREFIX}components/${name}`) : JSON.stringify(path.join(componentsDirectory, `${name}.astro`))};`,
          ],
    ),
    ...Object.entries(config.guideComponents).map(
      ([name, component]) => `export { default as ${name} } from ${fromRoot(typeof component === 'string' ? component : component.entrypoint)};`,
    ),
  ];
  sources.set(`${PREFIX}guide-components`, guideComponents.join('\n'));
  return sources;
}

export function viteVirtualModules(sources: ReadonlyMap<string, string>): VitePlugin {
  return {
    name: 'sitevar-docs-virtual-modules',
    resolveId(id) {
      return sources.has(id) ? `\0${id}` : undefined;
    },
    load(id) {
      return id.startsWith('\0') ? sources.get(id.slice(1)) : undefined;
    },
  };
}

/**
 * The sources the before-paint core is bundled with: the site's sources and the core's share of
 * each variable (no labels or rules; an acceptance pattern instead, `registry/core-acceptance.ts`).
 */
export function coreModuleSources(sources: ReadonlyMap<string, string>, config: SitevarDocsConfig): Map<string, string> {
  const core = new Map(sources);
  core.set(`${PREFIX}core-variables`, `export default ${JSON.stringify(coreDefinitions(config.variables))};`);
  return core;
}

export function esbuildVirtualModules(sources: ReadonlyMap<string, string>): EsbuildPlugin {
  return {
    name: 'sitevar-docs-virtual-modules',
    setup(build) {
      build.onResolve({ filter: /^virtual:sitevar-docs\// }, (args) => ({ path: args.path, namespace: 'sitevar-docs' }));
      build.onLoad({ filter: /.*/, namespace: 'sitevar-docs' }, (args) => ({ contents: sources.get(args.path) ?? '', loader: 'js' }));
    },
  };
}
