import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Problem, relativeFile } from './problem.ts';
import { svgProblems } from './svg-safety.ts';

/*
 * The files beside guides are as hostile as the guides (anyone may send a pull request, and git
 * carries symbolic links). A link is read through only while it stays inside the content folder:
 * one leading out would publish a file of the machine that builds the site (`/etc/passwd` as
 * `leak.png`). The images a build publishes must also really be in the guides folder, which is
 * all the build copies, and an SVG may only draw (`svg-safety.ts`).
 */

/** Files next to guides that pages show: images, with their content types. (A guide is MDX or Markdown; nothing else is published.) */
export const GUIDE_ASSET_TYPES: Readonly<Record<string, string>> = {
  '.apng': 'image/apng',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

export const isGuideAsset = (file: string) => Object.hasOwn(GUIDE_ASSET_TYPES, path.extname(file).toLowerCase());

const MEGABYTE = 1024 * 1024;
/** An SVG is text a reader's browser parses whole; larger ones are mistakes (embedded bitmaps, unsimplified paths). */
export const MAX_SVG_BYTES = MEGABYTE;
/** A page should not make its readers download more for one image. */
export const MAX_IMAGE_BYTES = 5 * MEGABYTE;
/** More than any documentation site holds: beyond it, links repeat folders over and over. */
export const MAX_WALKED_ENTRIES = 100_000;

/** A file under the guides folder: where it is as walked (through links that stay inside), and where it really is. */
export interface WalkedFile {
  readonly path: string;
  readonly realPath: string;
}

/** A symbolic link the walk did not follow, and why. */
export interface RefusedLink {
  readonly path: string;
  /** What the link says, as written. */
  readonly target: string;
  readonly reason: 'leaves' | 'dangling' | 'loop';
}

export interface GuidesFolder {
  /** Regular files, in path order. */
  readonly files: readonly WalkedFile[];
  readonly refusedLinks: readonly RefusedLink[];
  /** Whether the walk stopped at its most entries (`MAX_WALKED_ENTRIES`). */
  readonly tooMany: boolean;
}

/** Whether `inner` is `outer` or in it (both absolute). */
export function isWithin(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * Every regular file under the guides folder, without following a link that leads out of
 * `boundary` (the content folder for the checks, the guides folder for the build's copy), that
 * leads nowhere, or that leads to a folder holding it (the walk would never end). A link that
 * stays inside is read through: its file, or its folder's files, are there under the link's name.
 */
export async function walkGuidesFolder(guidesDirectory: string, boundary: string, { maxEntries = MAX_WALKED_ENTRIES } = {}): Promise<GuidesFolder> {
  const files: WalkedFile[] = [];
  const refusedLinks: RefusedLink[] = [];
  let entries = 0;
  const realBoundary = await realpath(boundary).catch(() => undefined);
  const start = await lstat(guidesDirectory).catch(() => undefined);
  if (!realBoundary || !start) return { files, refusedLinks, tooMany: false };

  /** Where a link really leads, if the walk may follow it. */
  async function follow(linkPath: string, chain: readonly string[]): Promise<{ real: string; isFolder: boolean } | undefined> {
    const target = await readlink(linkPath).catch(() => '');
    const real = await realpath(linkPath).catch(() => undefined);
    const stats = real ? await stat(real).catch(() => undefined) : undefined;
    if (!real || !stats) refusedLinks.push({ path: linkPath, target, reason: 'dangling' });
    else if (!isWithin(realBoundary!, real)) refusedLinks.push({ path: linkPath, target, reason: 'leaves' });
    else if (stats.isDirectory() && chain.some((folder) => isWithin(real, folder))) refusedLinks.push({ path: linkPath, target, reason: 'loop' });
    else return { real, isFolder: stats.isDirectory() };
    return undefined;
  }

  /** `chain`: the real folders walked through to get here, this one last. */
  async function walk(folder: string, chain: readonly string[]): Promise<boolean> {
    const here = chain.at(-1)!;
    const children = await readdir(folder, { withFileTypes: true }).catch(() => []);
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      if (++entries > maxEntries) return false;
      const walked = path.join(folder, child.name);
      if (child.isDirectory()) {
        if (!(await walk(walked, [...chain, path.join(here, child.name)]))) return false;
      } else if (child.isFile()) {
        files.push({ path: walked, realPath: path.join(here, child.name) });
      } else if (child.isSymbolicLink()) {
        const followed = await follow(walked, chain);
        if (followed?.isFolder) {
          if (!(await walk(walked, [...chain, followed.real]))) return false;
        } else if (followed) {
          // A regular file, or something git cannot hold (a device, a pipe): only files count.
          if ((await stat(followed.real).catch(() => undefined))?.isFile()) files.push({ path: walked, realPath: followed.real });
        }
      }
    }
    return true;
  }

  // The guides folder may itself be a link, held to the same rule.
  if (start.isSymbolicLink() && !(await follow(guidesDirectory, []))) return { files, refusedLinks, tooMany: false };
  const realRoot = await realpath(guidesDirectory).catch(() => undefined);
  const finished = realRoot ? await walk(guidesDirectory, [realRoot]) : true;
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, refusedLinks, tooMany: !finished };
}

const LINK_MESSAGES: Record<RefusedLink['reason'], (target: string) => string> = {
  leaves: (target) =>
    `This is a symbolic link to "${target}", outside the content folder: a build would publish a file of the machine that builds the site. Commit the file itself instead of a link.`,
  dangling: (target) => `This is a symbolic link to "${target}", which does not exist: commit the file itself instead of a link, or delete the link.`,
  loop: (target) => `This is a symbolic link to "${target}", a folder that holds the link itself, so the guides folder would never end: delete the link.`,
};

/** A size in MB, rounded up: a file over the limit never shows as the limit. */
const megabytes = (bytes: number) => `${(Math.ceil((bytes / MEGABYTE) * 100) / 100).toFixed(2)} MB`;

/** Why one image cannot be published, read from its real file. */
async function imageProblems(file: WalkedFile, shownAs: string): Promise<Problem[]> {
  const isSvg = path.extname(file.path).toLowerCase() === '.svg';
  const limit = isSvg ? MAX_SVG_BYTES : MAX_IMAGE_BYTES;
  const size = (await stat(file.realPath).catch(() => undefined))?.size ?? 0;
  if (size > limit) {
    const message = isSvg
      ? `This SVG is ${megabytes(size)}; an SVG beside a guide is at most ${limit / MEGABYTE} MB: simplify it (an optimiser such as SVGO helps), or use a PNG or WebP.`
      : `This image is ${megabytes(size)}; an image beside a guide is at most ${limit / MEGABYTE} MB: make it smaller (scale it down, or save it as WebP or AVIF).`;
    return [{ file: shownAs, line: 1, message }];
  }
  if (!isSvg) return [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file.realPath)).replace(/^\uFEFF/, '');
  } catch {
    return [{ file: shownAs, line: 1, message: 'This SVG is not valid UTF-8: save it as UTF-8.' }];
  }
  return svgProblems(text).map((problem) => ({ file: shownAs, ...problem }));
}

/**
 * Every problem of the files beside the guides of `contentDirectory`: links that leave the
 * content folder, lead nowhere or go round in circles; images a build would not publish (their
 * real file is outside the guides folder), or that are too large; SVGs that could do more than
 * draw. Each file is named as other problems name files, at its line 1 unless an SVG's fault
 * has its own place.
 */
export async function checkGuideAssets(contentDirectory: string): Promise<Problem[]> {
  const guidesDirectory = path.join(contentDirectory, 'guides');
  const folder = await walkGuidesFolder(guidesDirectory, contentDirectory);
  const problems: Problem[] = folder.refusedLinks.map((link) => ({ file: relativeFile(link.path), line: 1, message: LINK_MESSAGES[link.reason](link.target) }));
  if (folder.tooMany) {
    problems.push({
      file: relativeFile(guidesDirectory),
      line: 1,
      message: `The guides folder holds more than ${MAX_WALKED_ENTRIES.toLocaleString('en')} files and folders, counting those reached through symbolic links: links that repeat folders over and over? Keep one copy of each folder.`,
    });
  }
  const realGuides = await realpath(guidesDirectory).catch(() => undefined);
  // A file reached twice (through a link) is read once, and named where it is first met.
  const checked = new Set<string>();
  for (const file of folder.files) {
    if (!isGuideAsset(file.path) || checked.has(file.realPath)) continue;
    checked.add(file.realPath);
    const shownAs = relativeFile(file.path);
    if (!realGuides || !isWithin(realGuides, file.realPath)) {
      problems.push({
        file: shownAs,
        line: 1,
        message: `This image is really ${relativeFile(file.realPath)} (through a symbolic link), outside the guides folder: only images in the guides folder are published, so it would be missing. Move the file under the guides folder.`,
      });
      continue;
    }
    problems.push(...(await imageProblems(file, shownAs)));
  }
  return problems;
}
