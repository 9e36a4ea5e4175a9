import path from 'node:path';

// The engine's modules are TypeScript in its source and JavaScript once built (dist/, what is
// published): a module that names another of the engine's files by path, for a bundler, a worker
// or a route, names it with the extension it has itself.

/** `.ts` when the module at this URL runs from source, `.js` when it runs built. */
export function moduleExtension(moduleUrl: string): string {
  return path.extname(new URL(moduleUrl).pathname);
}

/** The engine's module at `relative` (written without extension) from the module at `moduleUrl`. */
export function ownModule(relative: string, moduleUrl: string): URL {
  return new URL(`${relative}${moduleExtension(moduleUrl)}`, moduleUrl);
}
