import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

/** Reads and parses one guide; a guide that does not parse as MDX is reported, not thrown. */
export async function readGuide(filePath: string, guidesDirectory: string, guidesBase: string): Promise<{ guide?: GuideFile; problems: Problem[] }> {
  const source = await readFile(filePath, 'utf8');
  const file = relativeFile(filePath);
  let tree: Root;
  try {
    tree = parser.parse(source);
  } catch (error) {
    const place = (error as { line?: number; column?: number }).line;
    return { problems: [{ file, line: place ?? 1, column: (error as { column?: number }).column, message: `This is not valid MDX: ${(error as Error).message}` }] };
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
