import { parsePlaceholders } from './parse.ts';

const SITEVAR_START = /<SiteVar\s/g;
const NAME_PROP = /\bname\s*=\s*["']([^"']+)["']/g;

/**
 * The names of <SiteVar name="…"> props: in each tag, the first `name` before the tag's `>`. Read
 * in one pass, whatever the text (a guide is hostile input): the next `>` and the next `name` are
 * each looked for once and kept while the tags before them are read, where one pattern that looks
 * ahead lazily from every `<SiteVar` would read on to the next `>` again from each of them.
 */
function siteVarNames(source: string): string[] {
  const names: string[] = [];
  let close = -1;
  let name: RegExpExecArray | null | undefined;
  SITEVAR_START.lastIndex = 0;
  for (let start = SITEVAR_START.exec(source); start; start = SITEVAR_START.exec(source)) {
    const from = start.index + start[0].length;
    if (close < from) {
      close = source.indexOf('>', from);
      if (close === -1) close = source.length;
    }
    if (name !== null && (name === undefined || name.index < from)) {
      NAME_PROP.lastIndex = from;
      name = NAME_PROP.exec(source);
    }
    if (name && name.index < close) {
      names.push(name[1]!);
      SITEVAR_START.lastIndex = name.index + name[0].length;
    }
  }
  return names;
}

/** Names of the site variables a guide's source uses, in placeholders or <SiteVar> props. */
export function usedVariableNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const placeholder of parsePlaceholders(source).placeholders) {
    if (placeholder.attributes.name) names.add(placeholder.attributes.name);
  }
  for (const name of siteVarNames(source)) names.add(name);
  return names;
}
