// `npm run build` (in this package; run on install by the repository root's `prepare`): the package
// as published, in dist/. TypeScript modules compiled to JavaScript with their declarations
// (tsconfig.build.json), for Node and an adopter's type check; components, layouts, routes, styles
// and the virtual modules' declarations copied as they are, since Astro compiles components itself.
// Files keep their place, so a component's relative import finds the compiled module beside it.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(PACKAGE, 'dist');
/** What is published as written: everything under these folders that is not TypeScript to compile. */
const COPIED_FOLDERS = ['components', 'layouts', 'routes', 'styles'];
const COPIED_FILES = ['virtual.d.ts'];
const COMPILED = /\.ts$/;

rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', path.join(PACKAGE, 'tsconfig.build.json')], { stdio: 'inherit' });
} catch {
  console.error('sitevar-docs: the TypeScript build failed (above).');
  process.exit(1);
}
for (const folder of COPIED_FOLDERS) {
  for (const entry of readdirSync(path.join(PACKAGE, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || COMPILED.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    cpSync(file, path.join(DIST, path.relative(PACKAGE, file)));
  }
}
for (const file of COPIED_FILES) cpSync(path.join(PACKAGE, file), path.join(DIST, file));
