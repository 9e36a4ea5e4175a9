/*
 * The engine's components that guides use without an import (the authoring contract): each
 * written once, here, with what the site setup, the checks and the virtual module need of it.
 */

/** The props a component takes: what an author may write, and what it must. */
export interface ComponentProps {
  readonly allowed: readonly string[];
  readonly required?: readonly string[];
  /** Props that take one of a few values. */
  readonly values?: Readonly<Record<string, readonly string[]>>;
}

export interface EngineGuideComponent {
  /** Heading ids the component puts on a page, so that links to them are checked. */
  readonly anchors: readonly string[];
  /** Its props, checked with the guide; `<SiteVar>`'s are placeholders, checked with those. */
  readonly props?: ComponentProps;
  /**
   * Where a page takes it from: the engine's file (`file`), the one a site may replace
   * (`overridable`, through `components`), or nowhere (`compiled`: the Markdown pipeline turns
   * it into a mark before a page is made).
   */
  readonly source: 'file' | 'overridable' | 'compiled';
}

export const ENGINE_GUIDE_COMPONENTS = {
  SiteVar: { anchors: [], source: 'compiled' },
  SiteVarPreferences: { anchors: ['prefs-heading'], props: { allowed: [] }, source: 'file' },
  Callout: { anchors: [], props: { allowed: ['context', 'title'], values: { context: ['note', 'tip', 'caution', 'danger'] } }, source: 'overridable' },
  Tabs: { anchors: [], props: { allowed: ['group'], required: ['group'] }, source: 'file' },
  Tab: { anchors: [], props: { allowed: ['label'], required: ['label'] }, source: 'file' },
} as const satisfies Record<string, EngineGuideComponent>;

export type EngineGuideComponentName = keyof typeof ENGINE_GUIDE_COMPONENTS;

export const engineGuideComponents = Object.entries(ENGINE_GUIDE_COMPONENTS) as [EngineGuideComponentName, EngineGuideComponent][];
