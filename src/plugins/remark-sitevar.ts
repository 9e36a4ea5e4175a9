import path from 'node:path';
import type { ElementContent } from 'hast';
import type { Code, InlineCode, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkReference, lineAndColumn, resolvePlaceholders, substitutePlaceholders } from '../placeholders';
import { sitevarElement } from './sitevar-mark';

export interface ContentProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Formats every problem of a file as `file:line:column  message`, one per line. */
export function formatProblems(filePath: string, problems: readonly ContentProblem[]): string {
  const shown = path.relative(process.cwd(), filePath) || filePath;
  const lines = problems.map((problem) => `  ${shown}:${problem.line}:${problem.column}  ${problem.message}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} with site variables in ${shown}:\n${lines.join('\n')}`;
}

function inlineCodeChildren(value: string): { text: string; children: ElementContent[] } | { problems: { offset: number; message: string }[] } {
  const { placeholders, problems } = resolvePlaceholders(value);
  if (problems.length > 0) return { problems };
  const { text, ranges } = substitutePlaceholders(value, placeholders);
  const children: ElementContent[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start > cursor) children.push({ type: 'text', value: text.slice(cursor, range.start) });
    children.push(sitevarElement(range.name, range.format, [{ type: 'text', value: text.slice(range.start, range.end) }]));
    cursor = range.end;
  }
  if (cursor < text.length) children.push({ type: 'text', value: text.slice(cursor) });
  return { text, children };
}

function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = node.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * Finds sitevar placeholders where Shiki cannot see them and checks them all with the file's
 * line and column: inline code spans (marked here), fenced code (checked here, marked by the
 * Shiki transformer) and <SiteVar> props. Every problem in a file is reported at once.
 */
export function remarkSitevar() {
  return (tree: Root, file: VFile) => {
    const problems: ContentProblem[] = [];
    const source = String(file.value ?? '');

    visit(tree, 'inlineCode', (node: InlineCode) => {
      if (!node.value.includes('{{<')) return;
      const result = inlineCodeChildren(node.value);
      if ('problems' in result) {
        const start = node.position?.start;
        const ticks = start?.offset !== undefined ? /^`+/.exec(source.slice(start.offset))?.[0].length ?? 1 : 1;
        for (const problem of result.problems) {
          const where = lineAndColumn(node.value, problem.offset);
          problems.push({
            line: (start?.line ?? 1) + where.line - 1,
            column: where.line === 1 ? (start?.column ?? 1) + ticks + problem.offset : where.column,
            message: problem.message,
          });
        }
        return;
      }
      node.value = result.text;
      node.data = { ...node.data, hName: 'code', hChildren: result.children };
    });

    visit(tree, 'code', (node: Code) => {
      if (!node.value.includes('{{<')) return;
      const indent = (node.position?.start.column ?? 1) - 1;
      const fenceLine = node.position?.start.line ?? 0;
      for (const problem of resolvePlaceholders(node.value).problems) {
        const where = lineAndColumn(node.value, problem.offset);
        problems.push({ line: fenceLine + where.line, column: indent + where.column, message: problem.message });
      }
    });

    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'SiteVar') return;
      const check = checkReference({
        name: jsxAttribute(element, 'name'),
        format: jsxAttribute(element, 'format'),
        nojs: jsxAttribute(element, 'nojs'),
      });
      if (check) {
        problems.push({ line: element.position?.start.line ?? 0, column: element.position?.start.column ?? 0, message: `<SiteVar>: ${check.problem}` });
      }
    });

    if (problems.length > 0) {
      problems.sort((a, b) => a.line - b.line || a.column - b.column);
      const error = new Error(formatProblems(file.path, problems));
      error.name = 'SiteVarError';
      throw error;
    }
  };
}
