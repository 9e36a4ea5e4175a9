import { existsSync } from 'node:fs';
import path from 'node:path';
import type { GuideFile } from '../content-checks/guide-files';
import { createGuideRenderer, type GuideRenderer, type RenderedGuide } from '../markdown/guide-renderer';
import type { GuideData } from '../schemas/guide';
import type { SiteSetup } from '../site-setup';
import { usedRules } from './code-colors-registry';
import { guideDigest, readStoredGuide, storedGuideName, writeStoredGuide } from './guide-parts-store';

/** A guide rendered while the content checks read it: where its parts are, and its code colours. */
export interface PrerenderedGuide {
  readonly digest: string;
  readonly file: string;
  readonly codeColors: string;
}

/** Where guides are rendered to, and the engine that renders them (see `guideDigest`). */
export interface GuidePrerenderTarget {
  readonly partsDirectory: string;
  readonly engine: string;
}

/**
 * Renders a guide and keeps its parts under its digest; undefined for a guide with code, which
 * only a site that trusts its authors allows, and which is left to MDX.
 */
export async function renderToStore(
  renderer: GuideRenderer,
  render: () => Promise<RenderedGuide>,
  { site, partsDirectory, digest }: { site: SiteSetup; partsDirectory: string; digest: string },
): Promise<(PrerenderedGuide & { parts: RenderedGuide['parts'] }) | undefined> {
  const rendered = await render().catch((error: unknown) => {
    if (site.trustGuideCode) return undefined;
    throw error;
  });
  if (!rendered) return undefined;
  const codeColors = usedRules(renderer.codeColors(), rendered.html);
  const file = await writeStoredGuide(partsDirectory, digest, { parts: rendered.parts, codeColors });
  return { digest, file, codeColors, parts: rendered.parts };
}

/**
 * Renders guides as the content checks finish reading them (in their threads, on every core), so
 * a build parses each guide once; the collection's loader then only picks the results up.
 */
export function guidePrerender(site: SiteSetup, { partsDirectory, engine }: GuidePrerenderTarget, guidesDirectory: string) {
  let renderer: ReturnType<typeof createGuideRenderer> | undefined;
  return async (guide: GuideFile, data: GuideData | undefined): Promise<PrerenderedGuide | undefined> => {
    const digest = guideDigest(site, engine, guide.source);
    const file = storedGuideName(digest);
    if (existsSync(path.join(partsDirectory, file))) {
      const stored = await readStoredGuide(partsDirectory, file);
      if (stored) return { digest, file, codeColors: stored.codeColors };
    }
    const here = (renderer ??= createGuideRenderer(site, { guidesDirectory }));
    const stored = await renderToStore(here, () => here.renderParsed(guide.tree, guide.source, guide.path, { ...data }), { site, partsDirectory, digest });
    return stored && { digest, file: stored.file, codeColors: stored.codeColors };
  };
}

const KEY = Symbol.for('sitevar-docs.prerendered-guides');
const holder = globalThis as { [KEY]?: Map<string, PrerenderedGuide> };

/**
 * Hands prerendered guides to the collection's loader, which Astro runs from the site's content
 * config in another module graph of the same process: on the process's global, under a key of
 * the engine's.
 */
export function offerPrerendered(guides: Iterable<PrerenderedGuide>): void {
  const offered = (holder[KEY] ??= new Map());
  for (const guide of guides) offered.set(guide.digest, guide);
}

export function takePrerendered(digest: string): PrerenderedGuide | undefined {
  const guide = holder[KEY]?.get(digest);
  holder[KEY]?.delete(digest);
  return guide;
}
