import path from 'node:path';
import type { ElementContent } from 'hast';
import type { InlineCode, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { resolvePlaceholders, substitutePlaceholders } from '../placeholders';
import { sitevarElement } from './sitevar-mark';
import { findSitevarProblems, type ContentProblem } from './sitevar-problems';

export type { ContentProblem } from './sitevar-problems';

/** Formats every problem of a file as `file:line:column  message`, one per line. */
export function formatProblems(filePath: string, problems: readonly ContentProblem[]): string {
  const shown = path.relative(process.cwd(), filePath) || filePath;
  const lines = problems.map((problem) => `  ${shown}:${problem.line}:${problem.column}  ${problem.message}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} with site variables in ${shown}:\n${lines.join('\n')}`;
}

function markInlineCode(node: InlineCode): void {
  const { placeholders } = resolvePlaceholders(node.value);
  const { text, ranges } = substitutePlaceholders(node.value, placeholders);
  const children: ElementContent[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start > cursor) children.push({ type: 'text', value: text.slice(cursor, range.start) });
    children.push(sitevarElement(range.name, range.format, [{ type: 'text', value: text.slice(range.start, range.end) }]));
    cursor = range.end;
  }
  if (cursor < text.length) children.push({ type: 'text', value: text.slice(cursor) });
  node.value = text;
  node.data = { ...node.data, hName: 'code', hChildren: children };
}

/**
 * Checks every site variable of a guide with its line and column (failing the build with all of
 * them at once), then marks placeholders in inline code, where Shiki does not run. Fenced code is
 * marked by the Shiki transformer.
 */
export function remarkSitevar() {
  return (tree: Root, file: VFile) => {
    const problems = findSitevarProblems(tree, String(file.value ?? ''));
    if (problems.length > 0) {
      const error = new Error(formatProblems(file.path, problems));
      error.name = 'SiteVarError';
      throw error;
    }
    visit(tree, 'inlineCode', (node: InlineCode) => {
      if (node.value.includes('{{<')) markInlineCode(node);
    });
  };
}
