// @ts-check
import { builtinModules } from 'node:module';
import path from 'node:path';

export const FALLBACK_NAME = 'my-docs';
const MAX_LENGTH = 214;
/** Names npm refuses whatever their characters. */
const REFUSED = new Set(['node_modules', 'favicon.ico']);

/**
 * The new site's package name, from the directory it is created in: its base name made a valid
 * npm package name (lower-case; letters, digits, "-", "." and "_"; not starting with "." or "_";
 * at most 214 characters), or "my-docs" when nothing usable is left of it.
 * @param {string} directory the directory's path; resolve "." first, or it falls back
 */
export function packageNameFor(directory) {
  const name = path
    .basename(directory)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents go, their letters stay: "Dokümente" -> "dokumente"
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-') // "~" is allowed by npm for old packages only
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/[-._]+$/, '');
  if (name === '' || REFUSED.has(name)) return FALLBACK_NAME;
  // npm warns about a package named like a Node module ("http"): it would be confusing to require.
  return builtinModules.includes(name) ? `${name}-docs`.slice(0, MAX_LENGTH) : name;
}
