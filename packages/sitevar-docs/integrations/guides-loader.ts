import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { guideId, guideSyntax, isGuideFile, listGuideFiles } from '../content-checks/guide-files.ts';
import { scanGuideText } from '../content-checks/pre-scan.ts';
import { createGuideRenderer } from '../markdown/guide-renderer.ts';
import { usedVariableNames } from '../placeholders/index.ts';
import type { SiteSetup } from '../site-setup.ts';
import { addCodeColors } from './code-colors-registry.ts';
import { type FreshGuide, forgetSavedGuide, publishSavedGuide } from './dev-guide-updates.ts';
import { guideDigest, pruneFiles } from './guide-parts-store.ts';
import { renderToStore, takePrerendered } from './guide-prerender.ts';

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
          const stored = await renderToStore(here, () => here.render(content, filePath, frontmatter), { site, partsDirectory, digest });
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
      async function loadOrReport(filePath: string): Promise<{ fresh?: FreshGuide | undefined } | undefined> {
        if (!watcher) return { fresh: await loadGuide(filePath) };
        try {
          return { fresh: await loadGuide(filePath) };
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
          return undefined;
        }
      }

      const untouched = new Set(store.keys());
      for (const file of await listGuideFiles(directory)) {
        await loadOrReport(file);
        untouched.delete(fileIds.get(file)!);
      }
      for (const id of untouched) store.delete(id);
      await pruneFiles(partsDirectory, partsFiles);

      if (!watcher) return;
      const isGuide = (changed: string) => isGuideFile(changed) && !path.relative(directory, changed).startsWith('..');
      const reload = async (changed: string) => {
        if (!isGuide(changed)) return;
        const loaded = await loadOrReport(changed);
        if (!loaded) return;
        // Shown at once, without waiting for Astro to save its store (dev-guide-updates.ts).
        if (loaded.fresh) publishSavedGuide(fileIds.get(changed)!, loaded.fresh);
        logger.info(`Reloaded ${path.relative(root, changed)}`);
      };
      watcher.add(directory);
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (deleted) => {
        const id = fileIds.get(deleted);
        if (!isGuide(deleted) || !id) return;
        forgetSavedGuide(id);
        store.delete(id);
        fileIds.delete(deleted);
      });
    },
  };
}
