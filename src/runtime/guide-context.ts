import { guideDefaultsOf } from '../registry/guide-defaults';

export interface GuideContext {
  /** The guide's id, e.g. "authelia/paperless": its values are kept under it. */
  readonly id: string;
  /** The guide's defaults for its own variables (front matter `sitevars`). */
  readonly defaults: Readonly<Record<string, string>>;
}

/** The guide this page shows, from attributes the layout writes on <html>; none on other pages. */
export function readGuideContext(root: HTMLElement = document.documentElement): GuideContext | undefined {
  const id = root.dataset.guide;
  if (!id || !/^[\w./-]+$/.test(id)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(root.dataset.guideDefaults ?? '{}');
  } catch {
    parsed = {};
  }
  return { id, defaults: guideDefaultsOf({ sitevars: parsed }) };
}
