import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { guideId, listGuideFiles } from '../content-checks/guide-files.ts';
import { relativeFile } from '../content-checks/problem.ts';

/** A path as a report shows it: from the project when the file is in it, else whole. */
const shown = (file: string) => {
  const relative = relativeFile(file);
  return relative.startsWith('..') ? file : relative;
};

import { type PageReading, readPage } from './page-rules.ts';

/** A built page and what reading it found. */
export interface FinishedPage {
  readonly file: string;
  readonly reading: PageReading;
}

/**
 * Reads each built page once and checks it (`page-rules.ts`), one at a time: only its reading, a
 * few strings, outlives its parse.
 */
export async function readPages(files: readonly string[]): Promise<FinishedPage[]> {
  const pages: FinishedPage[] = [];
  for (const file of files) pages.push({ file, reading: readPage(await readFile(file, 'utf8')) });
  return pages;
}

/** Built page → the guide it shows: where the author would look for the cause of a page's problem. */
export async function guidesOfPages(root: string, guidesDirectory: string, guidesBase: string): Promise<Map<string, string>> {
  const guides = await listGuideFiles(guidesDirectory);
  return new Map(guides.map((guide) => [path.join(root, guidesBase, guideId(path.relative(guidesDirectory, guide)), 'index.html'), relativeFile(guide)]));
}

/**
 * The pages' problems as one report, `page:line:column  message`, each page with the guide it
 * shows; undefined when there are none.
 */
export function finishedPagesReport(pages: readonly FinishedPage[], guidesOf: ReadonlyMap<string, string>): string | undefined {
  const faulty = pages.filter(({ reading }) => reading.problems.length > 0);
  if (faulty.length === 0) return undefined;
  const count = faulty.reduce((sum, { reading }) => sum + reading.problems.length, 0);
  const lines = faulty.flatMap(({ file, reading }) => {
    const guide = guidesOf.get(file);
    return [
      `  ${shown(file)}${guide ? `, the page of ${guide}` : ''}:`,
      ...reading.problems.map((problem) => `    ${shown(file)}:${problem.line}:${problem.column}  ${problem.message}`),
    ];
  });
  return [
    `${count} problem${count === 1 ? '' : 's'} in ${faulty.length} built page${faulty.length === 1 ? '' : 's'}, which no page may hold:`,
    ...lines,
    '',
    "The content checks let these through. If a guide's text made one, please report it as a fault of the engine; if one of the site's own components did, change the component.",
  ].join('\n');
}
