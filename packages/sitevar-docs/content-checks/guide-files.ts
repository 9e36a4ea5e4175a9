import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { decodeGuide } from './file-bytes.ts';
import { walkGuidesFolder } from './guide-assets.ts';
import { MAX_NESTING_DEPTH } from './limits.ts';
import { type GuideHtml, isPlainMarkdown, readGuideHtml } from './markdown-html.ts';
import { LIMIT_MESSAGES, scanGuideText } from './pre-scan.ts';
import { type Problem, relativeFile } from './problem.ts';
import { tooDeeplyNested } from './tree-depth.ts';

/** A guide file as the checks see it: its source, tree and the URL it will have. */
export interface GuideFile {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the project, as problems name it. */
  readonly file: string;
  /** Id as the content collection builds it, e.g. "authelia/paperless". */
  readonly id: string;
  readonly url: string;
  readonly source: string;
  readonly tree: Root;
  /** The YAML between the opening and closing `---`, and the file line it starts on. */
  readonly frontMatter: { readonly text: string; readonly firstLine: number } | undefined;
  /** `md` for a guide in plain Markdown (`.md`), read as CommonMark and GFM; `mdx` for MDX. */
  readonly syntax: GuideSyntax;
  /** The HTML a .md guide writes, parsed as its page will be (none in an .mdx guide: its elements are JSX, in `tree`). */
  readonly html: GuideHtml;
}

/** How a guide is written: MDX (`.mdx`), or plain Markdown (`.md`), which has no components, JSX or expressions. */
export type GuideSyntax = 'md' | 'mdx';

export const guideSyntax = (file: string): GuideSyntax => (isPlainMarkdown(file) ? 'md' : 'mdx');

/** Whether a file is a guide, by its name: an .mdx or .md file. */
export const isGuideFile = (file: string): boolean => file.endsWith('.mdx') || isPlainMarkdown(file);

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
/** Plain Markdown as Astro reads it (CommonMark, GitHub's extensions): `{` and `<` in text are text and HTML. */
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Lower-case, dashes for spaces: the collection's id rule for each path segment. */
function slugSegment(segment: string): string {
  return segment
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function guideId(relativePath: string): string {
  return relativePath
    .replace(/\.mdx?$/, '')
    .split(/[\\/]/)
    .map(slugSegment)
    .join('/')
    .replace(/\/index$/, '');
}

/** A guide's URL path (before the site's base path): the guides' base, then its id. */
export function guideUrl(id: string, guidesBase: string): string {
  return `${guidesBase}${id}/`;
}

/**
 * Every guide file under the guides folder, in a stable order. A guide that is a symbolic link,
 * or is in a linked folder, is a guide under the link's name when the link stays inside the
 * content folder (the guides folder's parent), as the files beside guides are; one that leads
 * out is no guide: the asset check (`guide-assets.ts`) refuses it, and it is never read.
 */
export async function listGuideFiles(directory: string, contentDirectory = path.dirname(directory)): Promise<string[]> {
  const { files } = await walkGuidesFolder(directory, contentDirectory);
  return files.filter((file) => isGuideFile(file.path)).map((file) => file.path);
}

/** Whether a line has `{{<` in a link's address: after `](`, before the `)` that ends it. */
function hasPlaceholderInLinkAddress(line: string): boolean {
  let inAddress = false;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === ']' && line[index + 1] === '(') {
      inAddress = true;
      index++;
    } else if (line[index] === ')') inAddress = false;
    else if (inAddress && line.startsWith('{{<', index)) return true;
  }
  return false;
}

/**
 * What went wrong when MDX could not read a guide, said for an author: braces and placeholders in
 * text are the usual cause, since MDX reads `{` as the start of JavaScript.
 */
export function mdxErrorMessage(error: { message: string; line?: number; column?: number }, source: string): string {
  const lineText = error.line ? (source.split(/\r\n?|\n/)[error.line - 1] ?? '') : '';
  const at = error.column ? lineText.slice(error.column - 1) : '';
  if (/acorn|expression/i.test(error.message)) {
    if (hasPlaceholderInLinkAddress(lineText)) {
      return 'A placeholder in a link address is not personalised: show the address in code instead (`https://{{< sitevar … >}}/`).';
    }
    if (at.startsWith('{{<') || /\{\{<\s*sitevar/.test(lineText)) {
      return 'A site variable placeholder in text: placeholders work in code (inline `…` or fenced blocks). In text, write <SiteVar name="…" /> instead.';
    }
    return 'A { in text starts JavaScript in MDX, which guides cannot run: write \\{ for a brace, or put the text in `code`.';
  }
  if (lineText.includes('{{<') && /attribute/i.test(error.message)) {
    return 'A placeholder inside an attribute: its quotes end the attribute, and attributes are not personalised anyway. Put <SiteVar name="…" /> in the text, or the value in code.';
  }
  if (/Unexpected character `!`/.test(error.message) && at.startsWith('<!--')) {
    return 'MDX has no HTML comments (<!-- … -->): write {/* … */} instead.';
  }
  return `This is not valid MDX: ${error.message}`;
}

/** Reads and parses one guide; a guide that cannot be read or parsed is reported, not thrown. */
export async function readGuide(filePath: string, guidesDirectory: string, guidesBase: string): Promise<{ guide?: GuideFile; problems: Problem[] }> {
  const file = relativeFile(filePath);
  const decoded = decodeGuide(await readFile(filePath));
  if ('problem' in decoded) return { problems: [{ file, ...decoded.problem }] };
  const source = decoded.text;
  const syntax = guideSyntax(filePath);
  // What the parser would take too long over (or run out of stack on) is never parsed.
  const overBounds = scanGuideText(source, syntax);
  if (overBounds.length > 0) return { problems: overBounds.map((problem) => ({ file, ...problem })) };
  let tree: Root;
  try {
    tree = (syntax === 'md' ? markdownParser : parser).parse(source);
  } catch (error) {
    if (error instanceof RangeError) {
      // Out of stack: nesting the scan could not see (it errs on the side of counting, but reads
      // no JavaScript). Where is unknown: the parse stopped.
      return {
        problems: [
          {
            file,
            line: 1,
            message: `The parser ran out of stack space reading this guide: it nests elements, lists or block quotes too deeply (at most ${MAX_NESTING_DEPTH} levels). Flatten the structure.`,
          },
        ],
      };
    }
    const place = error as { message: string; line?: number; column?: number };
    const message = syntax === 'md' ? `This guide could not be read as Markdown: ${place.message}` : mdxErrorMessage(place, source);
    return { problems: [{ file, line: place.line ?? 1, column: place.column, message }] };
  }
  // The checks and the build walk the tree recursively: it must not be deeper than they can go.
  const tooDeep = tooDeeplyNested(tree);
  if (tooDeep)
    return { problems: [{ file, line: tooDeep.position?.start.line ?? 1, column: tooDeep.position?.start.column, message: LIMIT_MESSAGES.nesting }] };
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const id = guideId(path.relative(guidesDirectory, filePath));
  return {
    problems: [],
    guide: {
      syntax,
      html: syntax === 'md' ? readGuideHtml(tree, source, filePath) : { elements: [] },
      path: filePath,
      file,
      id,
      url: guideUrl(id, guidesBase),
      source,
      tree,
      frontMatter: yamlNode && 'value' in yamlNode ? { text: String(yamlNode.value), firstLine: (yamlNode.position?.start.line ?? 1) + 1 } : undefined,
    },
  };
}
