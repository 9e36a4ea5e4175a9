import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Html, Root, Text } from 'mdast';
import { parseFragment } from 'parse5';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Position } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { didYouMean } from '../placeholders/index.ts';
import { attributeProblem, elementProblem } from './guide-safety.ts';
import { MAX_NESTING_DEPTH } from './limits.ts';
import { LIMIT_MESSAGES } from './pre-scan.ts';
import type { ContentProblem } from './sitevar-problems.ts';

/*
 * A plain Markdown guide (`.md`) is read as CommonMark with GitHub's extensions, as Astro reads
 * Markdown: no JSX, no expressions, and HTML is HTML. Its HTML is parsed the way the page will be
 * (`rehype-raw`, which Astro's Markdown uses too), and every element the author wrote is held to
 * the rules of the elements of an .mdx guide (`guide-safety.ts`); a tag that looks like a
 * component is an error, since a .md guide has none and the page would show nothing of it.
 */

/** The guides written in plain Markdown: `.md` files (`.mdx` files are MDX). */
export const isPlainMarkdown = (file: string): boolean => file.endsWith('.md');

/** An element a .md guide writes in HTML, where the author wrote it. */
export interface WrittenElement {
  /** As the page has it (names in lower case, attributes as properties). */
  readonly element: Element;
  /** The tag's name as written, case kept: `SiteVar`, not `sitevar`. */
  readonly name: string;
  readonly line: number;
  readonly column: number;
  /** Offsets in the source of its start and its end (for its text, as code). */
  readonly start: number;
  readonly end: number;
}

/** The HTML a .md guide writes: its elements, or why it could not be read. */
export type GuideHtml = { readonly elements: readonly WrittenElement[] } | { readonly problem: ContentProblem };

const NO_HTML: GuideHtml = { elements: [] };

/** A piece of the guide's HTML in the HTML tree, as written (`mdast-util-to-hast` makes one of each `html` node). */
interface Raw {
  readonly type: 'raw';
  readonly value: string;
  readonly position?: Position | undefined;
}

/** What the elements of the HTML tree were before `rehype-raw` parsed the guide's HTML into it. */
interface BeforeRaw {
  /** `offset:tagName` of each element Markdown made (a paragraph, a link): they were no HTML of the author's. */
  readonly madeByMarkdown: ReadonlySet<string>;
  readonly raws: readonly Raw[];
}

const keyOf = (element: Element) => `${element.position?.start.offset}:${element.tagName}`;

function beforeRaw(tree: HastRoot): BeforeRaw {
  const madeByMarkdown = new Set<string>();
  const raws: Raw[] = [];
  visit(tree, (node) => {
    if (node.type === 'element' && node.position?.start.offset !== undefined) madeByMarkdown.add(keyOf(node));
    else if ((node as { type: string }).type === 'raw') raws.push(node as unknown as Raw);
  });
  return { madeByMarkdown, raws };
}

/**
 * Where a point of the parsed HTML is in the file. The HTML parser counts lines and columns from
 * the start of each piece of HTML, whose later lines Markdown has stripped of the block quote
 * markers and list indents around them: on those lines, the columns they took are added back.
 */
function locator(source: string, raws: readonly Raw[]) {
  const lineStarts = [0];
  for (const match of source.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length);
  const lineText = (line: number) => source.slice(lineStarts[line - 1] ?? source.length, (lineStarts[line] ?? source.length + 1) - 1).replace(/\r$/, '');
  /** The leftmost column a piece of HTML starts at, by line. */
  const firstColumns = new Map<number, number>();
  /** The columns Markdown took from the later lines of pieces of HTML, by line. */
  const prefixes = new Map<number, number>();
  for (const raw of raws) {
    const start = raw.position?.start;
    if (!start) continue;
    firstColumns.set(start.line, Math.min(firstColumns.get(start.line) ?? Number.POSITIVE_INFINITY, start.column));
    const lines = raw.value.split(/\r\n|\r|\n/);
    for (let index = 1; index < lines.length; index++) {
      const written = lineText(start.line + index);
      if (written.endsWith(lines[index]!)) prefixes.set(start.line + index, written.length - lines[index]!.length);
    }
  }
  return {
    locate(point: { line: number; column: number }) {
      const first = firstColumns.get(point.line);
      const column = first !== undefined && point.column >= first ? point.column : point.column + (prefixes.get(point.line) ?? 0);
      return { line: point.line, column, offset: (lineStarts[point.line - 1] ?? source.length) + column - 1 };
    },
    lineAndColumn(offset: number) {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (lineStarts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - lineStarts[low]! + 1 };
    },
  };
}

/**
 * The elements of `after` (the tree `rehype-raw` made of `before`'s) that the author wrote in
 * HTML, in document order: every element with a place in the file that Markdown did not make.
 * (An element with none the HTML parser implied, such as a table's `<tbody>`, or copied, and
 * carries no attribute the author did not write on one of these.)
 */
function writtenElements(before: BeforeRaw, after: HastRoot, source: string): WrittenElement[] {
  if (before.raws.length === 0) return [];
  const { locate } = locator(source, before.raws);
  const elements: WrittenElement[] = [];
  visit(after, 'element', (element: Element) => {
    const position = element.position;
    if (!position || position.start.offset === undefined || before.madeByMarkdown.has(keyOf(element))) return;
    const start = locate(position.start);
    const end = locate(position.end);
    const written = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(source.slice(start.offset, start.offset + 200))?.[1];
    const name = written?.toLowerCase() === element.tagName ? written : element.tagName;
    elements.push({ element, name, line: start.line, column: start.column, start: start.offset, end: end.offset });
  });
  return elements;
}

/**
 * The first element nested deeper than a guide's elements can be (each level of Markdown makes
 * at most a few, such as a list and its item), walked with a stack of its own: the tree may be
 * too deep to recurse. The pre-scan bounds the depth first; this is the backstop for the tree
 * walks that follow.
 */
function tooDeep(tree: HastRoot): Element | undefined {
  const stack: { node: HastRoot | Element; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (depth + 1 > MAX_NESTING_DEPTH * 3) return child;
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return undefined;
}

const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();

/**
 * The HTML a parsed .md guide writes, parsed as its page will parse it. The pre-scan
 * (`pre-scan.ts`) has bounded how deep it nests; a parser out of stack all the same is reported.
 */
export function readGuideHtml(tree: Root, source: string, filePath?: string): GuideHtml {
  let hasHtml = false;
  visit(tree, 'html', () => {
    hasHtml = true;
    return SKIP;
  });
  if (!hasHtml) return NO_HTML;
  const file = new VFile({ value: source, ...(filePath ? { path: filePath } : {}) });
  try {
    // A copy: the tree is rendered later, and the conversion is the renderer's to make.
    const hast = toHast.runSync(structuredClone(tree), file) as HastRoot;
    const before = beforeRaw(hast);
    const after = rehypeRaw()(hast, file);
    const deep = tooDeep(after);
    if (deep) return { problem: { line: deep.position?.start.line ?? 1, column: deep.position?.start.column ?? 1, message: LIMIT_MESSAGES.nesting } };
    return { elements: writtenElements(before, after, source) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { problem: { line: 1, column: 1, message: LIMIT_MESSAGES.nesting } };
  }
}

/** The attributes an element has on the page, as the page's HTML writes them (names in lower case, values as read). */
function attributesOf(element: Element): { name: string; value: string }[] {
  const html = toHtml({ ...element, children: [] });
  const parsed = parseFragment(html).childNodes[0];
  return parsed && 'attrs' in parsed ? parsed.attrs : [];
}

/** Where an attribute is in its element's tag, as written (the element's own place when it cannot be found). */
function attributePlace(source: string, element: WrittenElement, attribute: string, lineAndColumn: (offset: number) => { line: number; column: number }) {
  const tag = source.slice(element.start, Math.min(element.end, element.start + 2000));
  const escaped = attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`[\\s"'/]${escaped}(?=[\\s=/>]|$)`, 'i').exec(tag);
  return found ? lineAndColumn(element.start + found.index + 1) : { line: element.line, column: element.column };
}

/** What to write instead of a component in a .md guide. */
function componentInstead(name: string, element: Element): string {
  switch (name) {
    case 'SiteVar': {
      const variable = typeof element.properties['name'] === 'string' ? element.properties['name'] : '…';
      return `, or put the value in code instead: \`{{< sitevar name="${variable}" >}}\``;
    }
    case 'Callout':
      return ', or write a block quote (> …) instead';
    case 'Tabs':
    case 'Tab':
      return ', or write a section for each choice instead';
    default:
      return '';
  }
}

/** A tag that names a component, or looks like one: what a .md guide cannot have. */
function componentProblem(element: WrittenElement, components: readonly string[]): string | undefined {
  const known = components.find((component) => component.toLowerCase() === element.name.toLowerCase());
  if (known) {
    return `<${element.name}> is a component, and components work in .mdx guides only: rename this guide to .mdx${componentInstead(known, element.element)}.`;
  }
  if (!/^[A-Z]/.test(element.name)) return undefined;
  const suggestion = didYouMean(element.name, components);
  return `<${element.name}> looks like a component${suggestion ? ` (did you mean <${suggestion}>?)` : ''}, and components work in .mdx guides only: rename this guide to .mdx, or write \\<${element.name}> or put it in \`code\` if it is text (as HTML, the page would not show it).`;
}

const PLACEHOLDER = '{{<';

/**
 * Every problem of a .md guide that an .mdx guide cannot have: placeholders in text or HTML (MDX
 * fails on those as it reads them), components, and the HTML a guide may not write (unless the
 * site trusts its authors: `trustGuideCode`), each where it is.
 */
export function plainMarkdownProblems(
  tree: Root,
  source: string,
  html: GuideHtml,
  { trustGuideCode, components }: { trustGuideCode: boolean; components: readonly string[] },
): ContentProblem[] {
  if ('problem' in html) return [html.problem];
  const problems: ContentProblem[] = [];
  const { lineAndColumn } = locator(source, []);
  const textPlaceholder =
    'A site variable placeholder in text: placeholders work in code (inline `…` or fenced blocks), so put the value in code. (<SiteVar name="…" /> shows one in text, in .mdx guides.)';
  const placeAt = (offset: number | undefined, fallback: { line: number; column: number } | undefined) =>
    offset === undefined ? { line: fallback?.line ?? 1, column: fallback?.column ?? 1 } : lineAndColumn(offset);

  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'html') return;
    const { value, position } = node as Text | Html;
    if (!value.includes(PLACEHOLDER)) return;
    const start = position?.start.offset;
    const written = start === undefined ? '' : source.slice(start, position?.end.offset);
    if (node.type === 'text') {
      const at = written.indexOf('{{');
      problems.push({ ...placeAt(start === undefined || at === -1 ? start : start + at, position?.start), message: textPlaceholder });
      return;
    }
    // A comment shows nothing: what it holds is the author's note.
    if (value.startsWith('<!--')) return;
    for (let at = written.indexOf(PLACEHOLDER); at !== -1; at = written.indexOf(PLACEHOLDER, at + 1)) {
      problems.push({
        ...placeAt(start! + at, position?.start),
        message: 'A placeholder in HTML is not personalised: HTML stays as written. Put the value in code (inline `…` or a fenced block) instead.',
      });
    }
  });

  for (const written of html.elements) {
    // `{{<sitevar name="…">}}` in text: the tag between the braces is the placeholder's.
    if (source.slice(written.start - 2, written.start) === '{{') {
      problems.push({ line: written.line, column: written.column - 2, message: textPlaceholder });
      continue;
    }
    const component = componentProblem(written, components);
    if (component) {
      problems.push({ line: written.line, column: written.column, message: component });
      continue;
    }
    if (trustGuideCode) continue;
    const forbidden = elementProblem(written.element.tagName);
    if (forbidden) {
      problems.push({ line: written.line, column: written.column, message: forbidden });
      continue;
    }
    for (const { name, value } of attributesOf(written.element)) {
      const problem = attributeProblem(written.element.tagName, name, value);
      if (problem) problems.push({ ...attributePlace(source, written, name, lineAndColumn), message: problem });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Offsets of the HTML code elements a .md guide writes (their text is code, as the hidden-character check reads it). */
export function htmlCodeRanges(html: GuideHtml): [number, number][] {
  if ('problem' in html) return [];
  return html.elements.filter(({ element }) => CODE_ELEMENTS.has(element.tagName)).map(({ start, end }) => [start, end]);
}

/** HTML elements whose text is code. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp']);

/**
 * The renderer's part: parses a .md guide's HTML into the page's tree as its checks did, after
 * its code blocks are made (they pass through untouched), and refuses again any element the
 * checks would refuse, should the page's tree hold one they did not see. HTML comments are notes
 * for authors: a page shows none (as MDX's comments).
 */
export function rehypeGuideHtml({ trustGuideCode, components }: { trustGuideCode: boolean; components: readonly string[] }) {
  const raw = rehypeRaw({ passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] });
  return (tree: HastRoot, file: VFile): HastRoot => {
    const before = beforeRaw(tree);
    if (before.raws.length === 0) return tree;
    const after = raw(tree, file);
    const source = String(file.value ?? '');
    const guard = plainMarkdownProblems(
      { type: 'root', children: [] },
      source,
      { elements: writtenElements(before, after, source) },
      { trustGuideCode, components },
    );
    if (guard.length > 0) {
      const shown = file.path || 'guide';
      throw Object.assign(new Error(guard.map(({ line, column, message }) => `${shown}:${line}:${column}  ${message}`).join('\n')), { name: 'SiteVarError' });
    }
    visit(after, 'comment', (_node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      return index;
    });
    return after;
  };
}
