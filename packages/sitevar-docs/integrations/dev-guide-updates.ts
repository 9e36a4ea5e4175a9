import type { GuidePart } from '../markdown/guide-renderer.ts';

/**
 * The development server's fast path for a saved guide. Astro writes its content store to disk
 * half a second after the last change (its debounce), and only then reloads the page: an edit
 * took about 0.8 s to show. The loader hands the guide it has just rendered to the route here,
 * and the integration reloads the page at once; the store's own update follows with the same
 * page. The loader (in the content config's module graph), the route and the integration share
 * the process, so this lives on its global, under a key of the engine's.
 */
export interface FreshGuide {
  readonly parts: readonly GuidePart[];
  /** The site variables its source names (`GuideRenderMetadata.usedVariables`). */
  readonly usedVariables: readonly string[];
}

const KEY = Symbol.for('sitevar-docs.dev-guide-updates');
interface SavedGuides {
  guides: Map<string, FreshGuide>;
  reload?: () => void;
}
const holder = globalThis as { [KEY]?: SavedGuides };
const updates = (): SavedGuides => (holder[KEY] ??= { guides: new Map() });

/** A guide rendered after a save: shown from now on, and the page reloaded. */
export function publishSavedGuide(id: string, guide: FreshGuide): void {
  updates().guides.set(id, guide);
  updates().reload?.();
}

export function forgetSavedGuide(id: string): void {
  updates().guides.delete(id);
}

/** The guide as last saved, when the development server has rendered it since it started. */
export function savedGuide(id: string): FreshGuide | undefined {
  return holder[KEY]?.guides.get(id);
}

/** How the development server reloads the page (set by the integration). */
export function onGuideSaved(reload: () => void): void {
  updates().reload = reload;
}
