// Real `astro build`s of the engine's fixture site (fixture-site/), for the build tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';

/** The engine's fixture site (its test variables, no content of its own). */
export const FIXTURE_SITE = fileURLToPath(new URL('./fixture-site/', import.meta.url));
/** The content-check fixtures, as the fixture site's content folder names them. */
export const CONTENT_FIXTURES = '../../content-checks/fixtures';
/** Astro's command line, run with this Node, in the fixture site's folder. */
export const ASTRO = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));

/** The environment minus what Vitest adds (NODE_ENV, DEV, MODE…), which would turn the build into a dev build. */
export function withoutTestEnv(): NodeJS.ProcessEnv {
  const added = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !added.has(key) && !key.startsWith('VITEST')));
}

/** Builds the fixture site on a content folder into a throw-away folder; `remove()` deletes it. */
export function buildFixtureSite(contentDirectory: string, extraEnv: NodeJS.ProcessEnv = {}, extraArgs: string[] = []) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'sitevar-build-'));
  const result = spawnSync(process.execPath, [ASTRO, 'build', ...extraArgs], {
    cwd: FIXTURE_SITE,
    encoding: 'utf8',
    env: { ...withoutTestEnv(), ...extraEnv, SITEVAR_CONTENT_DIR: contentDirectory, SITEVAR_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

export type Element = DefaultTreeAdapterTypes.Element;

/** Every element of a built page, as the browser parses it, with the names of its ancestors. */
export function elementsOf(html: string): { element: Element; ancestors: string[] }[] {
  const found: { element: Element; ancestors: string[] }[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode, ancestors: string[]) => {
    const children = 'content' in node && node.nodeName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes;
    for (const child of children) {
      if (!('tagName' in child)) continue;
      found.push({ element: child, ancestors });
      walk(child, [...ancestors, child.tagName]);
    }
  };
  walk(parse(html), []);
  return found;
}

export const attributeOf = (element: Element, name: string) => element.attrs.find((item) => item.name === name)?.value;
