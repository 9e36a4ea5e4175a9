export interface GuideContext {
  /** The guide's id, e.g. "authelia/paperless": its values are kept under it. */
  readonly id: string;
  /** The guide's defaults for its own variables (front matter `sitevars`). */
  readonly defaults: Readonly<Record<string, string>>;
}

/**
 * The guide this page shows, from attributes the layout writes on <html>; none on other pages.
 * The defaults are what the build wrote there (always with the id, as JSON): only guide and
 * credential values, each checked by the registry (`registry.guideDefaults`).
 */
export function readGuideContext(root: HTMLElement): GuideContext | undefined {
  const id = root.dataset.guide;
  return id ? { id, defaults: JSON.parse(root.dataset.guideDefaults!) } : undefined;
}
