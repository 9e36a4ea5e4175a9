import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Definition, Heading, Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { renderWithValues } from '../placeholders/index.ts';
import type { CheckContext } from './context.ts';
import type { Problem } from './problem.ts';

/** The ids a guide's page will have: heading slugs as Astro makes them, and components' own. */
export function anchorsOf(tree: Root, { site, registry }: CheckContext): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(renderWithValues(textOf(node as Heading), {}, registry)));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = (node as MdxJsxFlowElement | MdxJsxTextElement).name ?? '';
      for (const id of site.guideComponents[name] ?? []) anchors.add(id);
    }
  });
  return anchors;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** A link or reference definition in a guide, where the author wrote it. */
export interface LinkReference {
  readonly url: string;
  readonly line: number;
  readonly column?: number | undefined;
}

/** A guide as the link check sees it. */
export interface LinkedPage {
  readonly path: string;
  readonly file: string;
  readonly url: string;
  readonly links: readonly LinkReference[];
}

/** Internal links and reference definitions of a guide (external ones need no checking here). */
export function linksOf(tree: Root): LinkReference[] {
  const links: LinkReference[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const { url, position } = node as Link | Definition;
    if (url && !EXTERNAL.test(url)) links.push({ url, line: position?.start.line ?? 1, column: position?.start.column });
  });
  return links;
}

export interface SitePages {
  /** Guide URL -> its guide. */
  readonly guides: ReadonlyMap<string, LinkedPage>;
  /** Guide file path -> its guide, for file-relative links. */
  readonly byPath: ReadonlyMap<string, LinkedPage>;
  /** Other pages the site has (home, aliases). */
  readonly others: ReadonlySet<string>;
  /** Guides a production build leaves out. */
  readonly drafts: ReadonlySet<string>;
  readonly anchors: ReadonlyMap<LinkedPage, ReadonlySet<string>>;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function describeTarget(target: string, guide: LinkedPage, site: SitePages): { page?: LinkedPage; problem?: string } {
  const hashAt = target.indexOf('#');
  const pathPart = hashAt === -1 ? target : target.slice(0, hashAt);
  let anchor: string | undefined;
  try {
    anchor = hashAt === -1 ? undefined : decodeURIComponent(target.slice(hashAt + 1));
    decodeURI(pathPart);
  } catch {
    // A guide is hostile input: a malformed escape is its problem, not a crash of the check.
    return { problem: `Broken link: "${target}" has a % that does not start an escape such as %20 (write %25 for a percent sign).` };
  }
  let page: LinkedPage | undefined;

  if (pathPart === '') {
    page = guide;
  } else if (/\.mdx?$/.test(pathPart)) {
    const resolved = pathPart.startsWith('/') ? undefined : path.resolve(path.dirname(guide.path), decodeURI(pathPart));
    page = resolved ? site.byPath.get(resolved) : undefined;
    if (!page) return { problem: `Broken link: "${target}" points to no guide file (resolved against ${path.dirname(guide.file)}/).` };
  } else {
    const url = withSlash(new URL(pathPart, `https://site.invalid${guide.url}`).pathname);
    page = site.guides.get(url);
    if (!page) {
      if (site.others.has(url)) return {};
      if (site.drafts.has(url)) return { problem: `Broken link: "${target}" points to a draft guide, which a production build leaves out.` };
      return { problem: `Broken link: "${target}" (${url}) is no page of this site.` };
    }
  }
  if (anchor !== undefined && anchor !== '' && !site.anchors.get(page)?.has(anchor)) {
    const known = [...(site.anchors.get(page) ?? [])]
      .slice(0, 12)
      .map((id) => `#${id}`)
      .join(', ');
    return { problem: `Broken link: "${target}" has no heading "#${anchor}" to go to${page === guide ? '' : ` in ${page.file}`}. Anchors there: ${known}.` };
  }
  return { page };
}

/** Internal links (relative, site-absolute, anchors, reference definitions) that lead nowhere. */
export function checkLinks(guide: LinkedPage, site: SitePages): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line, column } of guide.links) {
    const { problem } = describeTarget(url, guide, site);
    if (problem) problems.push({ file: guide.file, line, column, message: problem });
  }
  return problems;
}
