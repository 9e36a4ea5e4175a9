// @ts-check
import { StarterError } from './errors.mjs';

/**
 * The range of sitevar-docs a new site depends on. Its one definition is this starter's own
 * package.json (`sitevarDocs.engineVersion`), released together with the engine it was tested with.
 * @param {any} starterPackage the starter's parsed package.json
 * @returns {string}
 */
export function engineRangeOf(starterPackage) {
  const range = starterPackage?.sitevarDocs?.engineVersion;
  if (typeof range !== 'string' || !/^[\^~]?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(range))
    throw new StarterError(`The starter's package.json has no usable sitevarDocs.engineVersion (like "^0.3.0"): ${JSON.stringify(range)}.`);
  return range;
}

/**
 * The new site's package.json: the template's, named after the site, depending on the engine.
 * @param {Record<string, any>} templatePackage the template's package.json (no name, no sitevar-docs dependency)
 * @param {{ name: string, engine: string }} site `engine` is an npm version range or a `file:` path
 * @returns {string} the file's text
 */
export function sitePackageJson(templatePackage, { name, engine }) {
  const { name: _name, ...rest } = templatePackage;
  const dependencies = Object.fromEntries(Object.entries({ ...rest.dependencies, 'sitevar-docs': engine }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ name, ...rest, dependencies }, null, 2)}\n`;
}
