import type { Code, InlineCode, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { checkReference, lineAndColumn, resolvePlaceholders } from '../placeholders/index.ts';
import type { Registry } from '../registry/index.ts';

export interface ContentProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A JSX element's string attribute, as written by the author. */
export function jsxAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = node.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * Every site-variable problem in a parsed guide, at its line and column in the file: placeholders
 * in inline and fenced code, and <SiteVar> props. Shared by the build and `npm run check`.
 */
export function findSitevarProblems(tree: Root, source: string, registry: Registry): ContentProblem[] {
  const problems: ContentProblem[] = [];

  visit(tree, 'inlineCode', (node: InlineCode) => {
    if (!node.value.includes('{{<')) return;
    const start = node.position?.start;
    const ticks = start?.offset !== undefined ? (/^`+/.exec(source.slice(start.offset))?.[0].length ?? 1) : 1;
    for (const problem of resolvePlaceholders(node.value, registry).problems) {
      const where = lineAndColumn(node.value, problem.offset);
      problems.push({
        line: (start?.line ?? 1) + where.line - 1,
        column: where.line === 1 ? (start?.column ?? 1) + ticks + problem.offset : where.column,
        message: problem.message,
      });
    }
  });

  visit(tree, 'code', (node: Code) => {
    if (!node.value.includes('{{<')) return;
    const indent = (node.position?.start.column ?? 1) - 1;
    const fenceLine = node.position?.start.line ?? 0;
    for (const problem of resolvePlaceholders(node.value, registry).problems) {
      const where = lineAndColumn(node.value, problem.offset);
      problems.push({ line: fenceLine + where.line, column: indent + where.column, message: problem.message });
    }
  });

  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (element.name !== 'SiteVar') return;
    const check = checkReference(
      {
        name: jsxAttribute(element, 'name'),
        format: jsxAttribute(element, 'format'),
        nojs: jsxAttribute(element, 'nojs'),
      },
      registry,
    );
    if (check) {
      problems.push({ line: element.position?.start.line ?? 0, column: element.position?.start.column ?? 0, message: `<SiteVar>: ${check.problem}` });
    }
  });

  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
