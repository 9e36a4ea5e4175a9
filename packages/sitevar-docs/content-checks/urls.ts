import type { GuideData } from '../schemas/guide.ts';
import { aliasPath, decodedPath } from './aliases.ts';
import type { Problem } from './problem.ts';

interface Claim {
  readonly what: string;
  readonly file: string;
  readonly line: number;
}

/** A guide as the URL check sees it. */
export interface UrlClaimant {
  readonly file: string;
  readonly url: string;
  readonly source: string;
}

/** The lines of a guide's front matter (with the opening fence), where its aliases are. */
function frontMatterLines(guide: UrlClaimant): string[] {
  const lines = guide.source.split(/\r\n?|\n/);
  const end = lines.indexOf('---', 1);
  return end === -1 ? [] : lines.slice(0, end);
}

/** The line that holds an alias (the first, if it is there twice): in the front matter, as the prose may hold the same text. */
function aliasLine(frontMatter: readonly string[], alias: string): number {
  const index = frontMatter.findIndex((line) => line.includes(alias));
  return index === -1 ? 1 : index + 1;
}

/** Who else takes a URL, for a message: the first few (without going through them all), and how many more. */
function othersThan(entry: Claim, entries: readonly Claim[]): string {
  const shown: string[] = [];
  for (const other of entries) {
    if (shown.length === 3) break;
    if (other !== entry) shown.push(other.what);
  }
  const more = entries.length - 1 - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(' and ');
}

/**
 * The folder a URL takes in the built site: decoded as the build writes it, and in lower case,
 * as file systems that ignore case (macOS's, Windows') would make it one folder with another.
 */
const folderOf = (url: string) => decodedPath(url).toLowerCase();

/** Two guides, or a guide and an alias, that would be written to the same URL. */
export function checkUrlClashes(guides: ReadonlyArray<{ guide: UrlClaimant; data: GuideData }>, reserved: readonly string[]): Problem[] {
  const claims = new Map<string, Claim[]>();
  /** Each folder as its first claimant writes it, for the message. */
  const shown = new Map<string, string>();
  const claim = (url: string, entry: Claim) => {
    const folder = folderOf(url);
    if (!shown.has(folder)) shown.set(folder, url);
    const entries = claims.get(folder);
    if (entries) entries.push(entry);
    else claims.set(folder, [entry]);
  };
  for (const url of reserved) claim(url, { what: 'a page of the site itself', file: '', line: 0 });
  for (const { guide, data } of guides) {
    claim(guide.url, { what: `the guide ${guide.file}`, file: guide.file, line: 1 });
    const frontMatter = data.aliases?.length ? frontMatterLines(guide) : [];
    for (const alias of data.aliases ?? []) {
      claim(aliasPath(alias), { what: `an alias in ${guide.file}`, file: guide.file, line: aliasLine(frontMatter, alias) });
    }
  }
  const problems: Problem[] = [];
  for (const [folder, entries] of claims) {
    if (entries.length < 2) continue;
    const url = shown.get(folder)!;
    for (const entry of entries) {
      if (!entry.file) continue;
      problems.push({
        file: entry.file,
        line: entry.line,
        message: `${entry.what.charAt(0).toUpperCase()}${entry.what.slice(1)} would be written to ${url}, which ${othersThan(entry, entries)} also take${entries.length === 2 ? 's' : ''}. Rename the file or change the alias.`,
      });
    }
  }
  return problems;
}
