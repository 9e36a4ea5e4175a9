import path from 'node:path';
import { findSitevarProblems } from './sitevar-problems';
import type { GuideData } from '../lib/guide-schema';
import { checkCodeBlocks } from './code-blocks';
import { checkComponents } from './components';
import { checkFrontMatter } from './front-matter';
import { loadGuides, type GuideFile } from './guide-files';
import { anchorsOf, checkLinks } from './links';
import { sortProblems, type Problem } from './problem';
import { checkUrlClashes, normaliseAlias } from './urls';

export { formatReport } from './problem';
export type { Problem } from './problem';

export interface CheckOptions {
  /** Folder holding `guides/`. */
  readonly contentDirectory: string;
  /** Drafts are pages in development and absent from a production build. */
  readonly includeDrafts: boolean;
}

/** URLs the site's own pages take. */
const SITE_PAGES = ['/', '/404/'];

/** Runs every content check over every guide and returns all problems, in file order. */
export async function checkContent({ contentDirectory, includeDrafts }: CheckOptions): Promise<Problem[]> {
  const { guides, problems } = await loadGuides(path.join(contentDirectory, 'guides'));
  const valid: { guide: GuideFile; data: GuideData }[] = [];

  for (const guide of guides) {
    problems.push(
      ...findSitevarProblems(guide.tree, guide.source).map((problem) => ({ ...problem, file: guide.file })),
      ...checkComponents(guide),
    );
    const frontMatter = checkFrontMatter(guide);
    problems.push(...frontMatter.problems, ...checkCodeBlocks(guide, frontMatter.data?.sitevars));
    if (frontMatter.data) valid.push({ guide, data: frontMatter.data });
  }

  const published = valid.filter(({ data }) => includeDrafts || !data.draft);
  const publishedGuides = published.map(({ guide }) => guide);
  const site = {
    guides: new Map(publishedGuides.map((guide) => [guide.url, guide])),
    byPath: new Map(publishedGuides.map((guide) => [guide.path, guide])),
    others: new Set([...SITE_PAGES, ...published.flatMap(({ data }) => (data.aliases ?? []).map(normaliseAlias))]),
    drafts: new Set(valid.filter(({ data }) => !includeDrafts && data.draft).map(({ guide }) => guide.url)),
    anchors: new Map(guides.map((guide) => [guide, anchorsOf(guide.tree)])),
  };
  for (const guide of publishedGuides) problems.push(...checkLinks(guide, site));
  problems.push(...checkUrlClashes(published, SITE_PAGES));
  return sortProblems(problems);
}
