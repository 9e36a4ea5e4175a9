// @ts-check
import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StarterError } from './errors.mjs';
import { packageNameFor } from './package-name.mjs';
import { sitePackageJson } from './site-package.mjs';

/** Template files stored under another name: npm pack leaves out any file named .gitignore. */
const RENAMED = new Map([['_gitignore', '.gitignore']]);
/** What a build or an install inside the template (while working on it) leaves there: never copied. */
const LEFT_OUT = new Set(['node_modules', 'dist', '.astro']);

/**
 * Refuses a target that exists and is not an empty directory: the starter never overwrites.
 * @param {string} target an absolute path
 */
export function checkTarget(target) {
  let entries;
  try {
    if (!statSync(target).isDirectory()) throw new StarterError(`${target} exists and is not a directory: choose a directory that does not exist yet.`);
    entries = readdirSync(target);
  } catch (error) {
    if (error instanceof StarterError) throw error;
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return;
    throw new StarterError(`Cannot read ${target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (entries.length > 0) {
    const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
    throw new StarterError(`${target} is not empty (${shown}): choose a new or empty directory. Nothing was written.`);
  }
}

/**
 * Checks the packed engine given with --engine: an existing regular file named *.tgz.
 * @param {string} file an absolute path
 */
export function checkEngineTarball(file) {
  if (!path.basename(file).endsWith('.tgz'))
    throw new StarterError(`--engine takes the .tgz file \`npm pack\` makes of sitevar-docs (sitevar-docs-X.Y.Z.tgz), not ${file}.`);
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new StarterError(`--engine: there is no file ${file}.`);
  }
  if (!stats.isFile()) throw new StarterError(`--engine: ${file} is not a file.`);
}

/**
 * Copies a template folder, file by file, refusing to replace anything that is there.
 * @param {string} from
 * @param {string} to
 * @param {string[]} written paths written, relative to the site, collected here
 * @param {string} site
 */
function copyTemplate(from, to, written, site) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (LEFT_OUT.has(entry.name)) continue;
    const source = path.join(from, entry.name);
    const destination = path.join(to, RENAMED.get(entry.name) ?? entry.name);
    if (entry.isDirectory()) copyTemplate(source, destination, written, site);
    // The site's package.json is written by createSite, from the template's.
    else if (entry.isFile() && !(to === site && entry.name === 'package.json')) {
      copyFileSync(source, destination, constants.COPYFILE_EXCL);
      written.push(path.relative(site, destination));
    }
  }
}

/**
 * Writes a new site into `target` from the template: its files, its package.json (named after
 * the directory, depending on `engineRange` or on the copied tarball) and, with `engineTarball`,
 * the engine as vendor/<file name>. Call checkTarget (and checkEngineTarball) first.
 * @param {{ target: string, templateDirectory: string, engineRange: string, engineTarball?: string | undefined }} options absolute paths
 * @returns {{ name: string, engine: string, files: string[] }} the package name, its sitevar-docs dependency and the files written (relative to target)
 */
export function createSite({ target, templateDirectory, engineRange, engineTarball }) {
  const templatePackage = JSON.parse(readFileSync(path.join(templateDirectory, 'package.json'), 'utf8'));
  const name = packageNameFor(target);
  /** @type {string[]} */
  const files = [];
  copyTemplate(templateDirectory, target, files, target);
  let engine = engineRange;
  if (engineTarball) {
    const vendored = `vendor/${path.basename(engineTarball)}`;
    mkdirSync(path.join(target, 'vendor'), { recursive: true });
    copyFileSync(engineTarball, path.join(target, vendored), constants.COPYFILE_EXCL);
    files.push(vendored);
    engine = `file:${vendored}`;
  }
  writeFileSync(path.join(target, 'package.json'), sitePackageJson(templatePackage, { name, engine }), { flag: 'wx' });
  files.push('package.json');
  return { name, engine, files: files.map((file) => file.split(path.sep).join('/')).sort() };
}

/**
 * What was made, and what to type next.
 * @param {string} cwd the directory the starter was run in
 * @param {string} directory the site's directory as it was typed
 * @param {{ name: string, engine: string }} site its package name and its sitevar-docs dependency
 */
export function nextSteps(cwd, directory, { name, engine }) {
  const here = path.resolve(cwd, directory) === path.resolve(cwd);
  const cd = /^[\w./@+-]+$/.test(directory) ? directory : `'${directory.replaceAll("'", `'\\''`)}'`;
  return [
    `Created a sitevar-docs site in ${directory} (package "${name}", sitevar-docs ${engine}).`,
    '',
    'Next steps:',
    ...(here ? [] : [`  cd ${cd}`]),
    '  npm install',
    '  npm start        build the site and serve it at http://127.0.0.1:4321/',
    '  npm run dev      or: a development server that reloads as you edit guides',
    '',
    'The guides are under content/guides/, the site variables in astro.config.mjs: README.md says how to change them.',
  ].join('\n');
}
