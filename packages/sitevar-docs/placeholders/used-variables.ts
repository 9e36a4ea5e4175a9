import { parsePlaceholders } from './parse';

/** Names of the site variables a guide's source uses, in placeholders or <SiteVar> props. */
export function usedVariableNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const placeholder of parsePlaceholders(source).placeholders) {
    if (placeholder.attributes.name) names.add(placeholder.attributes.name);
  }
  for (const match of source.matchAll(/<SiteVar\s[^>]*?\bname\s*=\s*["']([^"']+)["']/g)) names.add(match[1]!);
  return names;
}
