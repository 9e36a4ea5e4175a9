import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { didYouMean } from '../placeholders/index.ts';
import type { CheckContext } from './context.ts';
import { type ComponentProps, engineGuideComponents } from './engine-components.ts';
import type { GuideFile } from './guide-files.ts';
import type { Problem } from './problem.ts';

/** An estree node, as far as the names a module brings in or declares go. */
interface EsNode {
  readonly type: string;
  readonly local?: { readonly name?: string };
  readonly id?: { readonly type: string; readonly name?: string } | null;
  readonly specifiers?: readonly EsNode[];
  readonly declaration?: EsNode | null;
  readonly declarations?: readonly EsNode[];
}

/**
 * Names a guide brings in itself (`import`) or declares (`export const`), read from the
 * module's syntax tree, which the MDX parser keeps (`data.estree`): no pattern over its text.
 */
function importedNames(guide: GuideFile): Set<string> {
  const names = new Set<string>();
  const declared = (node: EsNode | null | undefined) => {
    if (node?.id?.type === 'Identifier' && node.id.name) names.add(node.id.name);
    for (const declarator of node?.declarations ?? []) declared(declarator);
  };
  visit(guide.tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    const program = node.data?.estree as { body?: readonly EsNode[] } | undefined;
    for (const statement of program?.body ?? []) {
      if (statement.type === 'ImportDeclaration') {
        for (const specifier of statement.specifiers ?? []) if (specifier.local?.name) names.add(specifier.local.name);
      } else if (statement.type === 'ExportNamedDeclaration') declared(statement.declaration);
    }
  });
  return names;
}

/** The props the engine's own components take: a mistake is a located message, not a failed render. */
const PROPS: Readonly<Record<string, ComponentProps>> = Object.fromEntries(
  engineGuideComponents.flatMap(([name, component]) => (component.props ? [[name, component.props]] : [])),
);

function checkProps(guide: GuideFile, element: MdxJsxFlowElement | MdxJsxTextElement, problems: Problem[]): void {
  const rules = PROPS[element.name ?? ''];
  if (!rules) return;
  const where = { file: guide.file, line: element.position?.start.line ?? 1, column: element.position?.start.column };
  const given = new Map(
    element.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? ([[attribute.name, attribute.value]] as const) : [])),
  );
  for (const name of given.keys()) {
    if (!rules.allowed.includes(name)) {
      const takes = rules.allowed.length ? `it takes ${rules.allowed.join(' and ')}` : 'it takes none';
      problems.push({ ...where, message: `<${element.name}> has no "${name}" prop: ${takes}.` });
    }
  }
  for (const name of rules.required ?? []) {
    const value = given.get(name);
    if (typeof value !== 'string' || value.trim() === '') problems.push({ ...where, message: `<${element.name}> needs ${name}="…".` });
  }
  for (const [name, values] of Object.entries(rules.values ?? {})) {
    const value = given.get(name);
    if (typeof value === 'string' && !values.includes(value)) {
      const suggestion = didYouMean(value, values);
      problems.push({
        ...where,
        message: `<${element.name} ${name}="${value}"> is not one of ${values.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      });
    }
  }
}

/** Capitalised JSX tags that are neither contract components nor imported (typos, mostly), and bad props. */
export function checkComponents(guide: GuideFile, { site }: CheckContext): Problem[] {
  const contract = Object.keys(site.guideComponents);
  const imported = importedNames(guide);
  const known = new Set<string>([...contract, ...imported]);
  const problems: Problem[] = [];
  visit(guide.tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const { name, position } = element;
    if (!name) return;
    const member = name.includes('.');
    const capitalised = /^[A-Z]/.test(name);
    // <Callout.Note> reads a property of a component: only a module the guide imports has them
    // (a contract component has none, and the page would fail to render). A lower-case
    // <callout.note> is JavaScript too, not HTML; the safety check refuses it where code is.
    if (member && !capitalised && !site.trustGuideCode) return;
    if (member ? imported.has(name.split('.')[0]!) : !capitalised || known.has(name)) {
      if (!member) checkProps(guide, element, problems);
      return;
    }
    const suggestion = didYouMean(name, [...known]);
    problems.push({
      file: guide.file,
      line: position?.start.line ?? 1,
      column: position?.start.column,
      message: `Unknown component <${name}>.${suggestion ? ` Did you mean <${suggestion}>?` : ''} Guides can use ${contract.map((item) => `<${item}>`).join(', ')} without importing them.`,
    });
  });
  return problems;
}
