import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { guideId, guideSyntax, isGuideFile, listGuideFiles } from '../content-checks/guide-files.ts';
import { scanGuideText } from '../content-checks/pre-scan.ts';
import type { Problem } from '../content-checks/problem.ts';
import { createGuideRenderer } from '../markdown/guide-renderer.ts';
import { usedVariableNames } from '../placeholders/index.ts';
import type { SiteSetup } from '../site-setup.ts';
import { addCodeColors } from './code-colors-registry.ts';
import {
  checkSavedGuide,
  type FreshGuide,
  forgetSavedGuide,
  guideProblems,
  publishSavedGuide,
  reloadGuidePages,
  setGuideProblems,
} from './dev-guide-updates.ts';
import { guideDigest, pruneFiles } from './guide-parts-store.ts';
import { engineFault, renderToStore, takePrerendered } from './guide-prerender.ts';

/** How long after reporting a change of a file the watcher reports no other (chokidar's 50 ms), and a margin. */
const WATCHER_THROTTLE_MS = 60;

/** What the loader keeps of a rendered guide in the collection's store, beside Astro's fields. */
export interface GuideRenderMetadata {
  /** The file of its rendered parts (`guide-parts-store.ts`). */
  readonly guidePartsFile: string;
  /** The code colour rules the guide's blocks use: a guide taken from the store brings its own. */
  readonly codeColors: string;
  /** The site variables the guide's source names, for its preferences form. */
  readonly usedVariables: readonly string[];
}

/**
 * Loads the guides collection with each guide rendered to HTML, as Astro does for Markdown: a
 * guide is content (`guide-safety.ts`), so no guide needs to become a module, and the bundler
 * (which spent most of a large build on a module per guide) only sees the engine's pages. The
 * content checks have rendered most guides already as they read them (`guide-prerender.ts`); a
 * guide unchanged since the last build keeps its rendering; a guide with code, which only a site
 * that trusts its authors allows, is compiled by MDX.
 */
export function guidesLoader({
  directory,
  partsDirectory,
  engine,
  site,
}: {
  directory: string;
  partsDirectory: string;
  engine: string;
  site: SiteSetup;
}): Loader {
  return {
    name: 'sitevar-guides',
    async load({ store, parseData, watcher, logger, config }: LoaderContext) {
      const root = fileURLToPath(config.root);
      let renderer: ReturnType<typeof createGuideRenderer> | undefined;
      const fileIds = new Map<string, string>();
      const partsFiles = new Set<string>();

      /** Loads a guide; returns what it was rendered to, when this call rendered it. */
      async function loadGuide(filePath: string): Promise<FreshGuide | undefined> {
        const contents = await readFile(filePath, 'utf8');
        const id = guideId(path.relative(directory, filePath));
        fileIds.set(filePath, id);
        const digest = guideDigest(site, engine, contents, guideSyntax(filePath));
        const relativePath = path.relative(root, filePath).split(path.sep).join('/');
        const existing = store.get(id);
        const kept = existing?.rendered?.metadata as GuideRenderMetadata | undefined;
        const prerendered = takePrerendered(digest);
        if (existing && existing.digest === digest && existing.filePath === relativePath) {
          if (existing.deferredRender) {
            store.addModuleImport(relativePath);
            return undefined;
          }
          if (kept && (prerendered?.file === kept.guidePartsFile || existsSync(path.join(partsDirectory, kept.guidePartsFile)))) {
            addCodeColors(kept.codeColors);
            partsFiles.add(kept.guidePartsFile);
            return undefined;
          }
        }
        const { frontmatter, content } = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
        const data = await parseData({ id, data: frontmatter, filePath });
        let metadata: GuideRenderMetadata;
        let fresh: FreshGuide | undefined;
        const usedVariables = [...usedVariableNames(content)];
        if (prerendered) metadata = { guidePartsFile: prerendered.file, codeColors: prerendered.codeColors, usedVariables };
        else {
          // A guide saved in development has not been checked yet: one past the bounds of the
          // content checks is not rendered, since the parser could take minutes over it.
          const overBounds = scanGuideText(contents, guideSyntax(filePath));
          if (overBounds.length > 0)
            throw new Error(
              overBounds.map((problem) => `${relativePath}:${problem.line}${problem.column ? `:${problem.column}` : ''}  ${problem.message}`).join('\n'),
            );
          const here = (renderer ??= createGuideRenderer(site, { guidesDirectory: directory }));
          const stored = await renderToStore(() => here.render(content, filePath, frontmatter), { site, partsDirectory, digest });
          if (!stored) {
            store.set({ id, data, body: content, filePath: relativePath, digest, deferredRender: true });
            return undefined;
          }
          fresh = { parts: stored.parts, usedVariables };
          metadata = { guidePartsFile: stored.file, codeColors: stored.codeColors, usedVariables };
        }
        addCodeColors(metadata.codeColors);
        partsFiles.add(metadata.guidePartsFile);
        // Without its body: the store is bundled into the build as one module, and the guides'
        // sources were four fifths of it (what the route needs of a source is in the metadata).
        store.set({ id, data, filePath: relativePath, digest, rendered: { html: '', metadata: { ...metadata } } });
        return fresh;
      }

      /**
       * In development a guide with a problem is reported (the content checks have said where)
       * and the server stays up while the author fixes it: its page keeps its last version, or
       * is missing until then. A build never gets here with one: the checks stopped it first.
       */
      async function loadOrReport(filePath: string): Promise<{ fresh?: FreshGuide | undefined; error?: unknown }> {
        if (!watcher) return { fresh: await loadGuide(filePath) };
        try {
          return { fresh: await loadGuide(filePath) };
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
          // Its last version stays on its page: its parts are not pruned as unused.
          const kept = store.get(guideId(path.relative(directory, filePath)))?.rendered?.metadata as GuideRenderMetadata | undefined;
          if (kept?.guidePartsFile) partsFiles.add(kept.guidePartsFile);
          return { error };
        }
      }

      /**
       * What a guide's page lists in development: its problems as the checks found them, or, when
       * it passed them and could not be rendered all the same, that failure (the engine's fault).
       */
      const problemsOf = (filePath: string, checked: readonly Problem[], error: unknown): readonly Problem[] =>
        checked.length > 0 || error === undefined ? checked : [engineFault(filePath, 'rendering', error)];

      const untouched = new Set(store.keys());
      for (const file of await listGuideFiles(directory)) {
        const { error } = await loadOrReport(file);
        const id = fileIds.get(file) ?? guideId(path.relative(directory, file));
        untouched.delete(id);
        // The checks have reported the guide's problems as the server started (index.ts).
        if (watcher && error !== undefined && guideProblems(id).length === 0) setGuideProblems(id, problemsOf(file, [], error));
      }
      for (const id of untouched) store.delete(id);
      await pruneFiles(partsDirectory, partsFiles);

      if (!watcher) return;
      const isGuide = (changed: string) => isGuideFile(changed) && !path.relative(directory, changed).startsWith('..');
      const reloadOnce = async (changed: string) => {
        // Checked as a build would check it, so its page lists what a build would stop on.
        const checked = await checkSavedGuide(changed);
        const { fresh, error } = await loadOrReport(changed);
        const id = fileIds.get(changed) ?? guideId(path.relative(directory, changed));
        // Set before the page reloads, so the reloaded page shows them (or no longer does).
        const problemsChanged = setGuideProblems(id, problemsOf(changed, checked, error));
        // Shown at once, without waiting for Astro to save its store (dev-guide-updates.ts).
        if (fresh) publishSavedGuide(id, fresh);
        else if (problemsChanged) reloadGuidePages();
        if (error === undefined) logger.info(`Reloaded ${path.relative(root, changed)}`);
      };
      /**
       * A save is read until what was read is what the file holds: the watcher reports a change of
       * a file once in 50 ms (chokidar's throttle), which can be as the file is emptied to be
       * written, and not again when it is written within them. So the file is read once more when
       * they are over, and reloaded if it changed. One save of a guide at a time: the last is shown.
       */
      const reloadUntilSettled = async (changed: string) => {
        const contents = () => readFile(changed, 'utf8').catch(() => undefined);
        let read = await contents();
        for (let pass = 0; pass < 5; pass++) {
          const started = Date.now();
          await reloadOnce(changed);
          const throttled = started + WATCHER_THROTTLE_MS - Date.now();
          if (throttled > 0) await new Promise((resolve) => setTimeout(resolve, throttled));
          const now = await contents();
          if (now === read) return;
          read = now;
        }
      };
      const saving = new Map<string, Promise<void>>();
      const reload = (changed: string) => {
        if (!isGuide(changed)) return;
        const next = (saving.get(changed) ?? Promise.resolve())
          .then(() => reloadUntilSettled(changed))
          .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
        saving.set(changed, next);
      };
      watcher.add(directory);
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (deleted) => {
        const id = fileIds.get(deleted);
        if (!isGuide(deleted) || !id) return;
        saving.delete(deleted);
        forgetSavedGuide(id);
        store.delete(id);
        fileIds.delete(deleted);
      });
    },
  };
}
