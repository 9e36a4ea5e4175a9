import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { formatLimit, MAX_ALIAS_CHARACTERS, MAX_ALIAS_SEGMENTS } from './limits.ts';

/** An alias with one leading and one trailing slash, as written (`/` for none). */
function trimmedPath(alias: string): string {
  // Trimmed by hand: a pattern anchored at the end would look at a run of slashes once per slash.
  let start = 0;
  let end = alias.length;
  while (start < end && alias[start] === '/') start++;
  while (end > start && alias[end - 1] === '/') end--;
  return start === end ? '/' : `/${alias.slice(start, end)}/`;
}

/**
 * An alias's path as the build writes it (the folder names of its redirect page): its segments
 * decoded (`/caf%C3%A9/` is the folder `café`), with the site's slashes.
 */
export function decodedPath(alias: string): string {
  const path = trimmedPath(alias);
  try {
    return path
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
  } catch {
    return path; // Refused by `aliasProblem` already.
  }
}

/**
 * Where an alias's redirect page is published (before the site's base path), as a URL's path
 * spells it (`/caf%C3%A9/`, however the alias escapes it): one leading and one trailing slash, as
 * every page of the site (`trailingSlash: 'always'`, directory format). The content checks, the
 * alias route and the sitemap all use this one rule.
 */
export function aliasPath(alias: string): string {
  return new URL(decodedPath(alias), 'https://site.invalid').pathname;
}

/**
 * The alias route's parameter for an alias: its decoded path without the outer slashes. Astro
 * matches a page's parameters against the decoded path it renders (an escaped one would match no
 * page, and fail the build).
 */
export function aliasParam(alias: string): string {
  return decodedPath(alias).slice(1, -1);
}

/*
 * An alias becomes a folder of the built site holding an `index.html`, each segment a folder
 * name. So an alias is validated segment by segment, in time linear in its length: a path of this
 * site (no scheme, host, query or fragment), no segment that steps out of its folder once decoded
 * (`..`, `%2e%2e`), none a file system or host would read as something else, and none that is
 * already a file or folder of the build: the build would fail on it, or a host serve it in the
 * alias's place.
 */

export const ALIAS_SHAPE_MESSAGE = 'an alias is a path of this site, like /integration/openid-connect/paperless/ (no scheme, host, backslash, query or ..)';
export const ALIAS_DOT_SEGMENT_MESSAGE = 'an alias cannot step out of a folder with . or ..';

/** The characters an alias may be written with: those of a URL path, letters and digits of ASCII (others percent-encoded). */
const SEGMENT = /^[A-Za-z0-9_.~!$&'()*+,;=@%-]+$/;
/** Characters no file system of the ones sites are built on takes in a folder name (Windows' set), and controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what this looks for
const UNSAFE_DECODED = /[\u0000-\u001f\u007f-\u009f<>:"|?*#]/u;
/** Names Windows keeps for devices, with or without an extension: no folder may have them. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;

/** Where pages link the code colours from, under the site's base: a file the engine writes into every site. */
export const CODE_COLORS_PATH = '/code-colors.css';

/** The first segments the site's own files and folders take, and what each is. */
const SITE_FILES: Readonly<Record<string, string>> = {
  pagefind: 'the search index’s folder',
  '404.html': 'the page for missing pages',
  'llms.txt': 'the site’s summary for language models',
  'robots.txt': 'the site’s rules for crawlers',
  'sitemap-index.xml': 'the sitemap',
  [CODE_COLORS_PATH.slice(1)]: 'the stylesheet of code’s colours',
};

/** Why an alias cannot be one, or undefined when it can: its shape, its segments, the names it takes. */
export function aliasProblem(alias: string): string | undefined {
  if (alias.length > MAX_ALIAS_CHARACTERS)
    return `an alias is at most ${formatLimit(MAX_ALIAS_CHARACTERS)} characters long (this one has ${formatLimit(alias.length)}): use a shorter address`;
  if (!alias.startsWith('/') || alias.startsWith('//')) return ALIAS_SHAPE_MESSAGE;
  const parts = alias.slice(1).split('/');
  // One trailing slash is the site's own style; an empty segment elsewhere is no folder.
  if (parts.at(-1) === '') parts.pop();
  if (parts.length > MAX_ALIAS_SEGMENTS) return `an alias has at most ${MAX_ALIAS_SEGMENTS} segments (this one has ${parts.length}): use a shorter address`;
  const decoded: string[] = [];
  for (const segment of parts) {
    if (!SEGMENT.test(segment)) return ALIAS_SHAPE_MESSAGE;
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return `"${segment}" has a % that does not start an escape such as %20 (write %25 for a percent sign)`;
    }
    if (name.includes('/') || name.includes('\\'))
      return `"${segment}" encodes a slash or backslash (%2F, %5C), which would make it two folders: write the segments out`;
    if (name === '.' || name === '..')
      return name === segment ? ALIAS_DOT_SEGMENT_MESSAGE : `"${segment}" is ${name} once decoded: ${ALIAS_DOT_SEGMENT_MESSAGE}`;
    if (UNSAFE_DECODED.test(name))
      return `"${segment}" holds a control character or one of < > : " | ? * # (percent-encoded or not), which folder names cannot hold on every system`;
    decoded.push(name);
  }
  return reservedProblem(decoded);
}

/** Why an alias's decoded segments take a name that is not theirs to take, or undefined. */
function reservedProblem(segments: readonly string[]): string | undefined {
  const [first] = segments;
  if (first === undefined) return undefined;
  const firstName = first.toLowerCase();
  const fileOfSite = SITE_FILES[firstName] ?? (/^sitemap-\d+\.xml$/.test(firstName) ? 'the sitemap' : undefined);
  // Case-insensitively: on the file systems of macOS and Windows, /Pagefind/ is /pagefind/.
  if (fileOfSite) return `/${first}/ is ${fileOfSite}: an alias there would take its place, or fail the build`;
  if (first.startsWith('_')) return `/${first}/ is reserved: names that start with _ are the build’s (_astro) and the host’s (_headers, _redirects)`;
  for (const segment of segments) {
    if (segment.startsWith('.')) return `"${segment}" starts with a dot: hosts hide such files and folders, and some names (.well-known) are reserved`;
    if (/^index\.html?$/i.test(segment)) return `"${segment}" is the name of a page’s own file: an alias cannot be a folder by that name`;
    if (WINDOWS_DEVICE.test(segment)) return `"${segment}" is a device name on Windows, where no folder may have it`;
    if (segment.endsWith('.') || segment.endsWith(' ')) return `"${segment}" ends with a dot or space, which Windows drops from folder names`;
  }
  return undefined;
}

/**
 * Why an alias takes a path of this site's own, or undefined: one of the files the site serves
 * from its public folder (`publicFiles`, URL paths such as `/favicon.svg`), or (under the guides'
 * address, `guidesBase`) a name with a dot, as the images beside the guides are published. Pages
 * of guides are compared by the URL check, which sees every guide.
 */
export function aliasSiteProblem(
  alias: string,
  { guidesBase, publicFiles = [] }: { guidesBase: string; publicFiles?: readonly string[] | undefined },
): string | undefined {
  // Case-insensitively: on the file systems of macOS and Windows, /Favicon.svg is /favicon.svg.
  const path = decodedPath(alias).toLowerCase();
  for (const file of publicFiles) {
    const published = file.toLowerCase();
    if (path === `${published}/` || path.startsWith(`${published}/`))
      return `${file} is a file of the site (in its public folder): an alias there would take its place, or fail the build`;
  }
  if (path.startsWith(guidesBase.toLowerCase())) {
    const segment = path
      .slice(guidesBase.length)
      .split('/')
      .find((name) => name.includes('.'));
    if (segment !== undefined)
      return `"${segment}" has a dot, and under ${guidesBase} such names are the images published beside the guides: use a name without one`;
  }
  return undefined;
}

/**
 * The URL paths (`/favicon.svg`) of the files in a site's public folder, which the build copies
 * beside the pages: no alias may take one. None when the folder is missing.
 */
export async function publicFilePaths(publicDirectory: string): Promise<string[]> {
  const entries = await readdir(publicDirectory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => `/${path.relative(publicDirectory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
}
