import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { ownModule } from '../utils/own-modules.ts';
import { esbuildVirtualModules } from './virtual-modules.ts';

const MODULE_ID = 'virtual:sitevar-docs/inline-core';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The script that must run before first paint, inlined into every page's <head>. */
const CORE_ENTRY = '../runtime/core';

/** The core, bundled: its code, and the files it was made from (watched by the dev server). */
export interface InlineCore {
  readonly code: string;
  readonly inputs: string[];
}

async function bundleCore(sources: ReadonlyMap<string, string>): Promise<InlineCore> {
  const result = await build({
    entryPoints: [fileURLToPath(ownModule(CORE_ENTRY, import.meta.url))],
    plugins: [esbuildVirtualModules(sources)],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    // No "use strict" prologue on every page: TypeScript already holds the code to strict rules.
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  });
  // Every page carries these bytes: terser's extra passes shave a few percent off esbuild's output.
  const minified = await minify(result.outputFiles[0]!.text, {
    ecma: 2020,
    toplevel: true,
    compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
    format: { comments: false },
  });
  return { code: minified.code!.trim(), inputs: Object.keys(result.metafile.inputs) };
}

const bundled = new WeakMap<ReadonlyMap<string, string>, Promise<InlineCore>>();

/**
 * Bundles the inline core; the config also hashes it for the Content Security Policy. A build
 * bundles it once for both (terser's passes cost a third of a second); the development server
 * bundles it again whenever one of its files changes (`fresh`).
 */
export function bundleInlineCore(sources: ReadonlyMap<string, string>, { fresh = false }: { fresh?: boolean } = {}): Promise<InlineCore> {
  const kept = bundled.get(sources);
  if (kept && !fresh) return kept;
  const made = bundleCore(sources);
  bundled.set(sources, made);
  return made;
}

/** The CSP source expression of a script: `'sha256-…'` of its exact text. */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/**
 * Bundles the before-paint runtime from TypeScript (importing the one registry) into the string
 * the layout inlines: render-blocking, but tiny, and no network request.
 */
export function inlineCore(sources: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'sitevar-inline-core',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { code, inputs } = await bundleInlineCore(sources, { fresh: this.meta.watchMode });
      for (const input of inputs) if (!input.startsWith('sitevar-docs:')) this.addWatchFile(input);
      return `export const core = ${JSON.stringify(code)};`;
    },
  };
}
