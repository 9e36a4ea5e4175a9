import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lastCommitDates } from './git-dates.ts';

const REPOSITORY = pathToFileURL(`${path.resolve(import.meta.dirname, '../../../')}/`);

describe('lastCommitDates', () => {
  it('gives each committed file under a folder its latest commit date, by path from the project', async () => {
    const dates = await lastCommitDates(REPOSITORY, 'packages/sitevar-docs/content-checks/fixtures');
    const guide = 'packages/sitevar-docs/content-checks/fixtures/valid/guides/provider/app.mdx';
    expect(dates[guide]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Object.keys(dates).every((file) => file.startsWith('packages/sitevar-docs/content-checks/fixtures/'))).toBe(true);
  });

  it('gives nothing where git is not there', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sitevar-nogit-'));
    try {
      writeFileSync(path.join(folder, 'a.mdx'), '---\ntitle: A\n---\n');
      expect(await lastCommitDates(pathToFileURL(`${folder}/`), '.')).toEqual({});
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
