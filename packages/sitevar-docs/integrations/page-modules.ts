import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { PageModuleName } from '../runtime/page-loader.ts';
import { ownModule } from '../utils/own-modules.ts';

/**
 * The modules the inline core loads when the page needs them, by name: no module loads with the
 * page. Each is an entry of the client build, so its file name (with its content hash) is known
 * once that build has run; Astro renders the pages after it, and the layout writes the names on
 * the core's script element (`data-modules`), where the core reads them.
 */
export const PAGE_MODULES: Record<PageModuleName, string> = {
  /** Everything a gesture does, loaded with the first one (`runtime/interactions.ts`). */
  interactions: '../runtime/interactions',
  /** The preferences fields filled from the stored values, when a form comes near the screen. */
  fieldSync: '../runtime/form-sync',
  /** The table of contents following the reading, from the first scroll. */
  toc: '../runtime/toc',
  /** The full check of stored values the core's patterns do not cover. */
  verify: '../runtime/verify-stored',
  /** Copying a block, loaded with the handlers when the first gesture is a press on Copy. */
  copy: '../runtime/copy-button',
};

const MODULE_ID = 'virtual:sitevar-docs/page-modules';
const RESOLVED_ID = `\0${MODULE_ID}`;
// The client build's file names, for the pages rendered after it in the same process.
const BUILT = Symbol.for('sitevar-docs.page-modules');
const built = globalThis as unknown as Record<typeof BUILT, Record<PageModuleName, string> | undefined>;

const entries = Object.entries(PAGE_MODULES).map(([name, file]) => [name as PageModuleName, fileURLToPath(ownModule(file, import.meta.url))] as const);

/** Where the dev server serves a source file: by its path under the root, else through /@fs/. */
export function devUrl(file: string, root: string, base: string): string {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const url = relative.startsWith('..') || path.isAbsolute(relative) ? `/@fs${file.split(path.sep).join('/')}` : `/${relative}`;
  return `${base.replace(/\/$/, '')}${url}`;
}

// Small modules several page modules share, kept in one chunk rather than a request each.
const SHARED = /[\\/]runtime[\\/](?:page-attributes|shared-state|choice-keys|choices|edited-fields)\.[jt]s$|preload-helper/;

export function pageModules(): Plugin {
  return {
    name: 'sitevar-page-modules',
    configEnvironment(name) {
      if (name !== 'client') return undefined;
      return { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'page-shared', test: SHARED }] } } } } };
    },
    buildStart() {
      if (this.environment?.name !== 'client' || this.environment.config.command !== 'build') return;
      // Signatures may grow: a module another one also imports stays one chunk, not a facade.
      // Chunks are named after their modules, as the chunks they import are.
      for (const [, file] of entries) this.emitFile({ type: 'chunk', id: file, name: path.parse(file).name, preserveSignature: 'allow-extension' });
    },
    generateBundle(_options, bundle) {
      if (this.environment?.name !== 'client') return;
      const base = this.environment.config.base.replace(/\/$/, '');
      const names: Partial<Record<PageModuleName, string>> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
        const entry = entries.find(([, file]) => file === chunk.facadeModuleId);
        if (entry) names[entry[0]] = `${base}/${chunk.fileName}`;
      }
      const missing = entries.filter(([name]) => !names[name]).map(([name]) => name);
      if (missing.length > 0) this.error(`sitevar-docs: the client build made no chunk for ${missing.join(', ')}`);
      built[BUILT] = names as Record<PageModuleName, string>;
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { command, root, base } = this.environment.config;
      if (command === 'serve') {
        const urls = Object.fromEntries(entries.map(([name, file]) => [name, devUrl(file, root, base)]));
        return `export const pageModules = () => (${JSON.stringify(urls)});`;
      }
      // In a build, read when a page renders (after the client build), not when this loads.
      return `export const pageModules = () => {
  const names = globalThis[Symbol.for(${JSON.stringify(BUILT.description)})];
  if (!names) throw new Error('sitevar-docs: pages rendered before the client build named its modules');
  return names;
};`;
    },
  };
}

const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The page modules load on first use; Vite's preload helper for such dynamic imports would weigh
 * more than it saves on a page this small (they import no CSS), so the client build goes without
 * it.
 */
export function noModulePreload(): Plugin {
  return {
    name: 'sitevar-no-module-preload',
    enforce: 'pre',
    configEnvironment(name, config) {
      if (name === 'client') config.build = { ...config.build, modulePreload: false };
    },
    load(id) {
      if (id === PRELOAD_HELPER_ID) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
  };
}
