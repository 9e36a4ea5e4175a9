import type { Problem } from '../content-checks/problem.ts';
import type { GuidePart } from '../markdown/guide-renderer.ts';

/**
 * The development server's fast path for a saved guide. Astro writes its content store to disk
 * half a second after the last change (its debounce), and only then reloads the page: an edit
 * took about 0.8 s to show. The loader hands the guide it has just rendered to the route here,
 * and the integration reloads the page at once; the store's own update follows with the same
 * page. The loader (in the content config's module graph), the route and the integration share
 * the process, so this lives on its global, under a key of the engine's.
 *
 * The content problems of each guide live here too, in development only: those the checks found
 * as the server started, replaced by what a save finds. The guide's page lists them
 * (`GuideProblems.astro`), so an author sees them where they look, not only in the terminal.
 */
export interface FreshGuide {
  readonly parts: readonly GuidePart[];
  /** The site variables its source names (`GuideRenderMetadata.usedVariables`). */
  readonly usedVariables: readonly string[];
}

/** Checks one guide file (absolute path) as a build would, alone: its own problems. */
export type SavedGuideCheck = (filePath: string) => Promise<Problem[]>;

const KEY = Symbol.for('sitevar-docs.dev-guide-updates');
interface SavedGuides {
  guides: Map<string, FreshGuide>;
  problems: Map<string, readonly Problem[]>;
  reload?: () => void;
  check?: SavedGuideCheck;
}
const holder = globalThis as { [KEY]?: SavedGuides };
const updates = (): SavedGuides => (holder[KEY] ??= { guides: new Map(), problems: new Map() });

/** A guide rendered after a save: shown from now on, and the page reloaded. */
export function publishSavedGuide(id: string, guide: FreshGuide): void {
  updates().guides.set(id, guide);
  updates().reload?.();
}

/** A deleted guide: neither its last rendering nor its problems are shown any more. */
export function forgetSavedGuide(id: string): void {
  updates().guides.delete(id);
  updates().problems.delete(id);
}

/** The guide as last saved, when the development server has rendered it since it started. */
export function savedGuide(id: string): FreshGuide | undefined {
  return holder[KEY]?.guides.get(id);
}

/** How the development server reloads the page (set by the integration). */
export function onGuideSaved(reload: () => void): void {
  updates().reload = reload;
}

/** Reloads the page without a new rendering: a save that only changed the guide's problems. */
export function reloadGuidePages(): void {
  updates().reload?.();
}

/** How the development server checks a saved guide (set by the integration, which knows the site). */
export function onGuideCheck(check: SavedGuideCheck): void {
  updates().check = check;
}

/** A saved guide's own problems, as a build would report them; none when nothing checks guides. */
export function checkSavedGuide(filePath: string): Promise<Problem[]> {
  return updates().check?.(filePath) ?? Promise.resolve([]);
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

const sameProblems = (a: readonly Problem[], b: readonly Problem[]) =>
  a.length === b.length && a.every((problem, index) => JSON.stringify(problem) === JSON.stringify(b[index]));

/**
 * Sets the problems of a guide (none: it has none); whether that changed what its page shows.
 * Set before the page reloads: the reloaded page lists them.
 */
export function setGuideProblems(id: string, problems: readonly Problem[]): boolean {
  const before = updates().problems.get(id) ?? [];
  if (problems.length > 0) updates().problems.set(id, [...problems]);
  else updates().problems.delete(id);
  return !sameProblems(before, problems);
}

/** Every guide's problems at once, as the checks found them when the server started. */
export function resetGuideProblems(byGuide: ReadonlyMap<string, readonly Problem[]>): void {
  updates().problems = new Map([...byGuide].filter(([, problems]) => problems.length > 0));
}

/** The content problems of a guide the development server knows of (none in a build). */
export function guideProblems(id: string): readonly Problem[] {
  return holder[KEY]?.problems.get(id) ?? NO_PROBLEMS;
}
