import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FinishedPage } from '../page-checks/finished-pages.ts';
import type { PageReading } from '../page-checks/page-rules.ts';
import { engineFingerprint } from '../utils/engine-fingerprint.ts';

/**
 * What reading each built page found, kept in Astro's cache folder from one build to the next by
 * a digest of the page's HTML and the engine: a rebuild mostly writes the same pages again, and
 * an unchanged page need not be parsed and checked again. Anything unreadable is read afresh.
 */
export async function keptPageReadings(cacheFile: string, files: readonly string[]) {
  // One page at a time: all of a large site's pages read at once would hold them all in memory.
  const keys: string[] = [];
  for (const file of files)
    keys.push(
      createHash('sha256')
        .update(engineFingerprint())
        .update('\0')
        .update(await readFile(file))
        .digest('base64url'),
    );
  let kept: Record<string, PageReading> = {};
  try {
    kept = JSON.parse(await readFile(cacheFile, 'utf8')) as Record<string, PageReading>;
  } catch {
    // No cache yet, or one from a build that stopped half-way: every page is read.
  }
  const readings = keys.map((key) => (Object.hasOwn(kept, key) ? kept[key] : undefined));
  return {
    /** The pages with a kept reading, the others undefined, in file order. */
    pages: files.map((file, index): FinishedPage | undefined => (readings[index] ? { file, reading: readings[index] } : undefined)),
    /** Keeps the readings of this build's pages (and only theirs). */
    async keep(pages: readonly FinishedPage[]): Promise<void> {
      const next = Object.fromEntries(pages.map(({ reading }, index) => [keys[index]!, reading]));
      await mkdir(path.dirname(cacheFile), { recursive: true });
      // Written whole, then renamed over: a build stopped mid-write leaves the old cache or none.
      await writeFile(`${cacheFile}.${process.pid}.tmp`, JSON.stringify(next));
      await rename(`${cacheFile}.${process.pid}.tmp`, cacheFile);
    },
  };
}
