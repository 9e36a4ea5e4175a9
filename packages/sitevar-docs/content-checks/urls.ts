import type { GuideData } from '../schemas/guide';
import { aliasPath } from '../utils/alias';
import type { Problem } from './problem';

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

function aliasLine(guide: UrlClaimant, alias: string): number {
  const lines = guide.source.split('\n');
  const index = lines.findIndex((line) => line.includes(alias));
  return index === -1 ? 1 : index + 1;
}

/** Two guides, or a guide and an alias, that would be written to the same URL. */
export function checkUrlClashes(guides: ReadonlyArray<{ guide: UrlClaimant; data: GuideData }>, reserved: readonly string[]): Problem[] {
  const claims = new Map<string, Claim[]>();
  const claim = (url: string, entry: Claim) => claims.set(url, [...(claims.get(url) ?? []), entry]);
  for (const url of reserved) claim(url, { what: 'a page of the site itself', file: '', line: 0 });
  for (const { guide, data } of guides) {
    claim(guide.url, { what: `the guide ${guide.file}`, file: guide.file, line: 1 });
    for (const alias of data.aliases ?? []) {
      claim(aliasPath(alias), { what: `an alias in ${guide.file}`, file: guide.file, line: aliasLine(guide, alias) });
    }
  }
  const problems: Problem[] = [];
  for (const [url, entries] of claims) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      if (!entry.file) continue;
      const others = entries.filter((other) => other !== entry).map((other) => other.what);
      problems.push({
        file: entry.file,
        line: entry.line,
        message: `${entry.what.charAt(0).toUpperCase()}${entry.what.slice(1)} would be written to ${url}, which ${others.join(' and ')} also take${others.length === 1 ? 's' : ''}. Rename the file or change the alias.`,
      });
    }
  }
  return problems;
}
