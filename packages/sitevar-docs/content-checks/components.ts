import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { didYouMean } from '../placeholders';
import type { CheckContext } from './context';
import type { GuideFile } from './guide-files';
import type { Problem } from './problem';

/** Names a guide brings in itself with `import`. */
function importedNames(guide: GuideFile): Set<string> {
  const names = new Set<string>();
  visit(guide.tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const match of node.value.matchAll(/import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from/g)) {
      if (match[1]) names.add(match[1]);
      for (const specifier of match[2]?.split(',') ?? []) {
        const local = specifier.trim().split(/\s+as\s+/).at(-1);
        if (local) names.add(local);
      }
    }
  });
  return names;
}

/** Capitalised JSX tags that are neither contract components nor imported: typos, mostly. */
export function checkComponents(guide: GuideFile, { site }: CheckContext): Problem[] {
  const contract = Object.keys(site.guideComponents);
  const known = new Set<string>([...contract, ...importedNames(guide)]);
  const problems: Problem[] = [];
  visit(guide.tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const { name, position } = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!name || !/^[A-Z]/.test(name) || known.has(name.split('.')[0]!)) return;
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
