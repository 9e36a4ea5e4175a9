import type { VariableScope } from '../registry/definitions';

export interface GuideContext {
  /** The guide's id, e.g. "authelia/paperless": its values are kept under it. */
  readonly id: string;
  /** The guide's defaults for its own variables (front matter `sitevars`). */
  readonly defaults: Readonly<Record<string, string>>;
}

/**
 * The guide this page shows, from attributes the layout writes on <html>; none on other pages.
 * `lookup` is the core's or the registry's: only a variable's scope is asked.
 */
export function readGuideContext(lookup: (name: string) => { readonly scope: VariableScope } | undefined, root: HTMLElement = document.documentElement): GuideContext | undefined {
  const id = root.dataset.guide;
  if (!id || !/^[\w./-]+$/.test(id)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(root.dataset.guideDefaults ?? '{}');
  } catch {
    parsed = {};
  }
  const defaults: Record<string, string> = {};
  for (const [name, value] of Object.entries(typeof parsed === 'object' && parsed !== null ? parsed : {})) {
    // Written by the build from front matter it validated: names and types are what is checked here.
    const variable = lookup(name);
    if (variable && variable.scope !== 'site' && typeof value === 'string') defaults[name] = value;
  }
  return { id, defaults };
}
