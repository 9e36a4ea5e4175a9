import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { decodeGuide } from './file-bytes';
import { relativeFile, type Problem } from './problem';

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
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

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

/** Every guide file under the guides folder, in a stable order. */
export async function listGuideFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * What went wrong when MDX could not read a guide, said for an author: braces and placeholders in
 * text are the usual cause, since MDX reads `{` as the start of JavaScript.
 */
export function mdxErrorMessage(error: { message: string; line?: number; column?: number }, source: string): string {
  const lineText = error.line ? (source.split('\n')[error.line - 1] ?? '') : '';
  const at = error.column ? lineText.slice(error.column - 1) : '';
  if (/acorn|expression/i.test(error.message)) {
    if (/\]\([^)]*\{\{</.test(lineText)) {
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
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    const place = error as { message: string; line?: number; column?: number };
    return { problems: [{ file, line: place.line ?? 1, column: place.column, message: mdxErrorMessage(place, source) }] };
  }
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const id = guideId(path.relative(guidesDirectory, filePath));
  return {
    problems: [],
    guide: {
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
