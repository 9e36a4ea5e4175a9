import path from 'node:path';
import type { GuideData } from '../schemas/guide.ts';
import type { SiteSetup } from '../site-setup.ts';
import { aliasPath } from './aliases.ts';
import { findHiddenCharacters } from './characters.ts';
import { checkCodeBlocks } from './code-blocks.ts';
import { checkComponents } from './components.ts';
import { type CheckContext, checkContext } from './context.ts';
import { checkFrontMatter } from './front-matter.ts';
import { checkGuideAssets, walkGuidesFolder } from './guide-assets.ts';
import { type GuideFile, guideId, guideUrl, isGuideFile, readGuide } from './guide-files.ts';
import { checkGuideSafety } from './guide-safety.ts';
import { checkGuideSources, orphanSourcesProblems } from './guide-sources.ts';
import { anchorsOf, checkLinks, type LinkedPage, linksOf } from './links.ts';
import { htmlCodeRanges, plainMarkdownProblems } from './markdown-html.ts';
import { type Problem, relativeFile, sortProblems } from './problem.ts';
import { findSitevarProblems } from './sitevar-problems.ts';
import { checkUrlClashes, type UrlClaimant } from './urls.ts';

export type { Problem } from './problem.ts';
export { formatReport } from './problem.ts';

export interface CheckOptions {
  /** Folder holding `guides/`. */
  readonly contentDirectory: string;
  readonly site: SiteSetup;
  /** Drafts are pages in development and absent from a production build. */
  readonly includeDrafts: boolean;
}

/** What the site-wide checks need of a checked guide: plain data, which a worker thread can send. */
export interface GuideSummary extends LinkedPage, UrlClaimant {
  readonly data?: GuideData | undefined;
  readonly anchors: readonly string[];
}

/** Where a guide that passed its checks was rendered to (see `AfterCheck`): plain data. */
export interface RenderedGuideRef {
  readonly digest: string;
  readonly file: string;
  readonly codeColors: string;
}

/** One guide's own problems, its summary when it could be parsed, and what it rendered to. */
export interface GuideReport {
  readonly problems: Problem[];
  readonly summary?: GuideSummary;
  readonly rendered?: RenderedGuideRef;
}

/**
 * What a build does with a guide that has no problem of its own, while its tree is at hand:
 * render it (`integrations/guide-prerender.ts`), so a build parses each guide once. It may change
 * the tree: it runs after every check.
 */
export type AfterCheck = (guide: GuideFile, data: GuideData | undefined) => Promise<RenderedGuideRef | undefined>;

/** Checks guide files (absolute paths under `guidesDirectory`), returning one report per file, in order. */
export type GuideFilesChecker = (files: readonly string[], guidesDirectory: string, site: SiteSetup) => Promise<GuideReport[]>;

/** URLs the site's own pages take. */
const SITE_PAGES = ['/', '/404/'];

/** Every check that needs only the guide itself: site variables, components, front matter, code. */
export async function checkGuideFile(filePath: string, guidesDirectory: string, context: CheckContext, afterCheck?: AfterCheck): Promise<GuideReport> {
  const { guide, problems } = await readGuide(filePath, guidesDirectory, context.site.guidesBase);
  if (!guide) return { problems };
  problems.push(
    ...findSitevarProblems(guide.tree, guide.source, context.registry).map((problem) => ({ ...problem, file: guide.file })),
    ...checkComponents(guide, context),
  );
  // A .md guide: placeholders outside code, tags of components, and its HTML (as the JSX of an .mdx guide is checked).
  if (guide.syntax === 'md') {
    const options = { trustGuideCode: context.site.trustGuideCode, components: Object.keys(context.site.guideComponents) };
    problems.push(...plainMarkdownProblems(guide.tree, guide.source, guide.html, options).map((problem) => ({ ...problem, file: guide.file })));
  }
  // Trusted or not: what a reader sees must be what they copy.
  problems.push(...findHiddenCharacters(guide.source, guide.tree, htmlCodeRanges(guide.html)).map((problem) => ({ ...problem, file: guide.file })));
  // Unless the site trusts its authors with code: a guide is content, and nothing else.
  if (!context.site.trustGuideCode) problems.push(...checkGuideSafety(guide));
  const frontMatter = checkFrontMatter(guide, context);
  problems.push(...frontMatter.problems, ...checkCodeBlocks(guide, context, frontMatter.data?.sitevars));
  problems.push(...(await checkGuideSources(guide, context.site.requireSources)));
  const summary = {
    path: guide.path,
    file: guide.file,
    url: guide.url,
    source: guide.source,
    data: frontMatter.data,
    anchors: [...anchorsOf(guide.tree, context)],
    links: linksOf(guide.tree),
  };
  const rendered = problems.length === 0 && afterCheck ? await afterCheck(guide, frontMatter.data) : undefined;
  return rendered ? { problems, summary, rendered } : { problems, summary };
}

/** Checks guides one after another on this thread. */
export async function checkGuideFilesHere(files: readonly string[], guidesDirectory: string, site: SiteSetup, afterCheck?: AfterCheck): Promise<GuideReport[]> {
  const context = checkContext(site);
  const reports: GuideReport[] = [];
  for (const file of files) reports.push(await checkGuideFile(file, guidesDirectory, context, afterCheck));
  return reports;
}

/** A guide's path without its extension: `guide.md` and `guide.mdx` beside it are the same guide. */
const guideStem = (file: string) => file.replace(/\.mdx?$/, '');

/**
 * A guide written twice, as `guide.md` and `guide.mdx` side by side: both would be the one page
 * their path gives. Each is reported, naming the other, whatever their front matter says.
 */
export function checkTwinGuides(files: readonly string[], guidesDirectory: string, guidesBase: string): Problem[] {
  const byStem = new Map<string, string[]>();
  for (const file of files) {
    const twins = byStem.get(guideStem(file));
    if (twins) twins.push(file);
    else byStem.set(guideStem(file), [file]);
  }
  return [...byStem.values()]
    .filter((twins) => twins.length > 1)
    .flatMap((twins) => {
      const [md, mdx] = twins.map(relativeFile);
      const url = guideUrl(guideId(path.relative(guidesDirectory, twins[0]!)), guidesBase);
      const message = `${md} and ${mdx} are the same guide written twice (both would be ${url}): keep one of them, in Markdown (.md) or MDX (.mdx).`;
      return twins.map((file) => ({ file: relativeFile(file), line: 1, message }));
    });
}

/** The checks across guides: links and anchors between them, and URLs two things would take. */
function checkSite(guides: readonly GuideSummary[], includeDrafts: boolean, ownPages: readonly string[]): Problem[] {
  const valid = guides.flatMap((guide) => (guide.data ? [{ guide, data: guide.data }] : []));
  const published = valid.filter(({ data }) => includeDrafts || !data.draft);
  const publishedGuides = published.map(({ guide }) => guide);
  const site = {
    guides: new Map(publishedGuides.map((guide) => [guide.url, guide])),
    byPath: new Map(publishedGuides.map((guide) => [guide.path, guide])),
    others: new Set([...SITE_PAGES, ...ownPages, ...published.flatMap(({ data }) => (data.aliases ?? []).map(aliasPath))]),
    drafts: new Set(valid.filter(({ data }) => !includeDrafts && data.draft).map(({ guide }) => guide.url)),
    anchors: new Map(guides.map((guide) => [guide, new Set(guide.anchors)])),
  };
  // Twins (`guide.md` and `guide.mdx`) are reported as such (`checkTwinGuides`): here, the first stands for both.
  const stems = new Set<string>();
  const claimants = published.filter(({ guide }) => {
    const stem = guideStem(guide.path);
    if (stems.has(stem)) return false;
    stems.add(stem);
    return true;
  });
  return [...publishedGuides.flatMap((guide) => checkLinks(guide, site)), ...checkUrlClashes(claimants, [...SITE_PAGES, ...ownPages])];
}

/**
 * Runs every content check over every guide and returns all problems, in file order. The
 * per-guide checks may run elsewhere (`checkFiles`, e.g. spread over threads).
 */
export async function checkContent(
  { contentDirectory, includeDrafts, site }: CheckOptions,
  checkFiles: GuideFilesChecker = checkGuideFilesHere,
): Promise<Problem[]> {
  const guidesDirectory = path.resolve(contentDirectory, 'guides');
  const walked = walkGuidesFolder(guidesDirectory, path.resolve(contentDirectory)).then((folder) => folder.files.map((file) => file.path));
  const files = walked.then((all) => all.filter(isGuideFile));
  const [reports, assetProblems] = await Promise.all([
    files.then((list) => checkFiles(list, guidesDirectory, site)),
    // The files beside the guides: links out of the content folder, images that could do more than show.
    checkGuideAssets(path.resolve(contentDirectory)),
  ]);
  const summaries = reports.flatMap((report) => (report.summary ? [report.summary] : []));
  return sortProblems([
    ...reports.flatMap((report) => report.problems),
    ...checkTwinGuides(await files, guidesDirectory, site.guidesBase),
    ...orphanSourcesProblems(await walked, await files),
    ...checkSite(summaries, includeDrafts, site.ownPages ?? []),
    ...assetProblems,
  ]);
}
