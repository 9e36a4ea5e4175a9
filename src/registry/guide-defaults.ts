import { getVariable, isCanonicalValue } from './index';

/**
 * The defaults a guide sets for its own variables in front matter (`sitevars:`), keeping only
 * guide-scoped names with valid values: the content checks report anything else.
 */
export function guideDefaultsOf(frontMatter: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const raw = frontMatter?.sitevars;
  if (typeof raw !== 'object' || raw === null) return {};
  const defaults: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const variable = getVariable(name);
    if (variable && variable.scope !== 'site' && isCanonicalValue(variable, value)) defaults[name] = value;
  }
  return defaults;
}
