import path from 'node:path';
import type { ElementContent } from 'hast';
import type { Code, InlineCode, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { checkGuideSafety } from '../content-checks/guide-safety.ts';
import { isPlainMarkdown, plainMarkdownProblems, readGuideHtml } from '../content-checks/markdown-html.ts';
import { type ContentProblem, findSitevarProblems, jsxAttribute } from '../content-checks/sitevar-problems.ts';
import { type GuideDefaults, resolvePlaceholders, substitutePlaceholders, withGuideDefaults } from '../placeholders/index.ts';
import { parseFormat, type Registry } from '../registry/index.ts';
import { sitevarElement, sitevarProperties } from './sitevar-mark.ts';

export type { ContentProblem } from '../content-checks/sitevar-problems.ts';

/** Formats every problem of a file as `file:line:column  message`, one per line. */
export function formatProblems(filePath: string, problems: readonly ContentProblem[]): string {
  const shown = path.relative(process.cwd(), filePath) || filePath;
  const lines = problems.map((problem) => `  ${shown}:${problem.line}:${problem.column}  ${problem.message}`);
  return `${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${shown}:\n${lines.join('\n')}`;
}

function markInlineCode(node: InlineCode, guideDefaults: GuideDefaults, registry: Registry): void {
  const { placeholders } = resolvePlaceholders(node.value, registry, guideDefaults);
  const { text, ranges } = substitutePlaceholders(node.value, placeholders);
  const children: ElementContent[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start > cursor) children.push({ type: 'text', value: text.slice(cursor, range.start) });
    children.push(sitevarElement(range.name, range.format, [{ type: 'text', value: text.slice(range.start, range.end) }], registry));
    cursor = range.end;
  }
  if (cursor < text.length) children.push({ type: 'text', value: text.slice(cursor) });
  node.value = text;
  node.data = { ...node.data, hName: 'code', hChildren: children };
}

/**
 * `<SiteVar>` becomes the marked value itself, as static HTML: no component renders per use,
 * and its paragraph stays a plain string in the compiled guide. A guide's own default and the
 * format apply to the fallback text, as in code.
 */
function siteVarSpan(element: MdxJsxFlowElement | MdxJsxTextElement, guideDefaults: GuideDefaults, registry: Registry) {
  // Names and formats were checked above: a bad one has already failed the guide.
  const name = jsxAttribute(element, 'name')!;
  const format = parseFormat(jsxAttribute(element, 'format'));
  const fallback = jsxAttribute(element, 'nojs') ?? registry.textOf(registry.get(name)!, {}, guideDefaults, format);
  return { type: 'siteVar', data: { hName: 'span', hProperties: sitevarProperties(name, format, registry), hChildren: [{ type: 'text', value: fallback }] } };
}

/**
 * Checks every site variable of a guide with its line and column (failing the build with all of
 * them at once), then marks placeholders in inline code, where Shiki does not run, and turns
 * <SiteVar> into its marked value. Fenced code is marked by the Shiki transformer.
 */
export function remarkSitevar({
  registry,
  trustGuideCode = false,
  components = [],
}: {
  registry: Registry;
  trustGuideCode?: boolean;
  /** The components guides can use (a .md guide can use none, and is told so). */
  components?: readonly string[];
}) {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    const problems: ContentProblem[] = findSitevarProblems(tree, source, registry);
    // What a guide may not hold never compiles, in development too: its code would run.
    if (!trustGuideCode) {
      for (const { line, column = 1, message } of checkGuideSafety({ file: file.path, tree })) problems.push({ line, column, message });
    }
    // A .md guide's placeholders outside code, components and HTML (`content-checks/markdown-html.ts`).
    if (file.path && isPlainMarkdown(file.path))
      problems.push(...plainMarkdownProblems(tree, source, readGuideHtml(tree, source, file.path), { trustGuideCode, components }));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    if (problems.length > 0) {
      const error = new Error(formatProblems(file.path, problems));
      error.name = 'SiteVarError';
      throw error;
    }
    // A guide's own defaults (front matter `sitevars`) replace the registry's in what it shows.
    const guideDefaults = registry.guideDefaults((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter);
    visit(tree, 'inlineCode', (node: InlineCode) => {
      if (node.value.includes('{{<')) markInlineCode(node, guideDefaults, registry);
    });
    visit(tree, 'code', (node: Code) => {
      if (node.value.includes('{{<')) node.value = withGuideDefaults(node.value, guideDefaults, registry);
    });
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'SiteVar' || index === undefined || !parent) return;
      (parent as Parent).children[index] = siteVarSpan(element, guideDefaults, registry) as unknown as Parent['children'][number];
      return SKIP;
    });
  };
}
