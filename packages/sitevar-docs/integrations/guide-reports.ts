import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GuideReport } from '../content-checks/index.ts';
import type { SiteSetup } from '../site-setup.ts';
import { guideDigest, pruneFiles } from './guide-parts-store.ts';
import type { GuidePrerenderTarget } from './guide-prerender.ts';

/**
 * The content checks' report of each guide, kept beside the rendered guides: a guide's own
 * checks depend only on its file (path and text), the site's setup and the engine, which name
 * the report, so a rebuild reads the reports of unchanged guides instead of checking them again.
 * The checks across guides (links, anchors, URLs) always run, on every report.
 */
export async function keptReports(
  files: readonly string[],
  { guidesDirectory, site, prerender }: { guidesDirectory: string; site: SiteSetup; prerender: GuidePrerenderTarget },
) {
  const directory = path.join(path.dirname(prerender.partsDirectory), 'guide-reports');
  // A problem names its file relative to the working folder: that is part of the report too.
  const keys = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      return text === undefined ? undefined : `${guideDigest(site, prerender.engine, `${process.cwd()}\0${guidesDirectory}\0${file}\0${text}`)}.json`;
    }),
  );
  const reports = await Promise.all(
    keys.map(async (key) => {
      if (!key) return undefined;
      try {
        const report = JSON.parse(await readFile(path.join(directory, key), 'utf8')) as GuideReport;
        // A report whose rendered guide is gone (a cache cleared by hand) is checked again.
        if (report.rendered && !existsSync(path.join(prerender.partsDirectory, report.rendered.file))) return undefined;
        return report;
      } catch {
        return undefined;
      }
    }),
  );
  return {
    reports,
    /** Keeps the reports of the guides just checked, and lets go of those of no current guide. */
    async keep(checked: readonly string[], checkedReports: readonly GuideReport[]): Promise<void> {
      await mkdir(directory, { recursive: true });
      const keyOf = new Map(files.map((file, index) => [file, keys[index]]));
      await Promise.all(
        checked.map((file, index) => {
          const key = keyOf.get(file);
          return key ? writeFile(path.join(directory, key), JSON.stringify(checkedReports[index])) : undefined;
        }),
      );
      await pruneFiles(directory, new Set(keys.filter((key): key is string => key !== undefined)));
    },
  };
}
