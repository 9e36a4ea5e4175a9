import path from 'node:path';
import type { ElementContent } from 'hast';
import type { Code, InlineCode, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { guideDefaultsOf } from '../registry/guide-defaults';
import { resolvePlaceholders, substitutePlaceholders, withGuideDefaults, type GuideDefaults } from '../placeholders';
import { sitevarElement } from './sitevar-mark';
import { findSitevarProblems, jsxAttribute, type ContentProblem } from '../content-checks/sitevar-problems';

export type { ContentProblem } from '../content-checks/sitevar-problems';

/** Formats every problem of a file as `file:line:column  message`, one per line. */
export function formatProblems(filePath: string, problems: readonly ContentProblem[]): string {
  const shown = path.relative(process.cwd(), filePath) || filePath;
  const lines = problems.map((problem) => `  ${shown}:${problem.line}:${problem.column}  ${problem.message}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} with site variables in ${shown}:\n${lines.join('\n')}`;
}

function markInlineCode(node: InlineCode, guideDefaults: GuideDefaults): void {
  const { placeholders } = resolvePlaceholders(node.value, guideDefaults);
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
    // A guide's own defaults (front matter `sitevars`) replace the registry's in what it shows.
    const guideDefaults = guideDefaultsOf((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter);
    visit(tree, 'inlineCode', (node: InlineCode) => {
      if (node.value.includes('{{<')) markInlineCode(node, guideDefaults);
    });
    visit(tree, 'code', (node: Code) => {
      if (node.value.includes('{{<')) node.value = withGuideDefaults(node.value, guideDefaults);
    });
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'SiteVar') return;
      const name = jsxAttribute(element, 'name');
      if (name !== undefined && jsxAttribute(element, 'nojs') === undefined && guideDefaults[name] !== undefined) {
        element.attributes.push({ type: 'mdxJsxAttribute', name: 'nojs', value: guideDefaults[name] });
      }
    });
  };
}
