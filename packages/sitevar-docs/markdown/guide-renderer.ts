import { rehypeShiki } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot, Nodes, Properties, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { isPlainMarkdown, rehypeGuideHtml } from '../content-checks/markdown-html.ts';
import type { SiteSetup } from '../site-setup.ts';
import { codeColorRules } from './code-color-rules.ts';
import { markdownPipeline } from './markdown-setup.ts';
import { rehypeGuideImages } from './rehype-guide-images.ts';

/**
 * A guide's body as the page renders it: HTML, and between the HTML the calls of the authoring
 * contract's components (`<Callout>`, `<Tabs>`, the site's own), each with its props and its
 * children in the same form. A guide holds no code, so this is all of it: the route renders the
 * parts, and no guide becomes a module for the bundler.
 */
export type GuidePart = string | GuideComponentCall;

export interface GuideComponentCall {
  readonly component: string;
  readonly props: Readonly<Record<string, string | true>>;
  readonly children: readonly GuidePart[];
}

export interface RenderedGuide {
  readonly parts: readonly GuidePart[];
  /** Every part's HTML joined, components left out: for plain-text uses (search, llms.txt). */
  readonly html: string;
  /** The rules of the code colours its blocks use, as CSS. */
  readonly codeColors: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const isJsx = (node: { type: string }): node is JsxElement => JSX_ELEMENTS.has(node.type);
/** A component starts with a capital letter; anything else in JSX is an HTML element. */
const isComponent = (node: JsxElement) => /^[A-Z]/.test(node.name ?? '');

/** The attributes of a JSX element; an expression (only a trusted guide could hold one) is refused. */
function attributesOf(node: JsxElement, filePath: string): Record<string, string | true> {
  const props: Record<string, string | true> = {};
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
      throw codeInGuide(node, filePath);
    }
    props[attribute.name] = attribute.value ?? true;
  }
  return props;
}

function codeInGuide(node: { position?: { start: { line: number; column: number } } | undefined }, filePath: string): Error {
  const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
  return Object.assign(new Error(`${filePath}${at}  This guide holds code (an expression, import or export), which only a module can run.`), {
    name: 'GuideCodeError',
  });
}

/** `{/* … *\/}` in a guide: MDX's comment, which renders nothing. */
const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

/**
 * Lowercase JSX (`<details>`, `<div>`) becomes the HTML element it names, and `<Fragment
 * set:html>` (a highlighted code block, see rehype-static-code.ts) its HTML; components stay.
 */
function toHtmlTree(nodes: RootContent[], filePath: string): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (isComment(String((node as { value?: string }).value ?? ''))) continue;
      throw codeInGuide(node, filePath);
    }
    if (node.type === 'mdxjsEsm') throw codeInGuide(node, filePath);
    if (isJsx(node)) {
      if (node.name === 'Fragment') {
        const html = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'set:html');
        if (html && typeof html.value === 'string') out.push({ type: 'raw', value: html.value });
        else out.push(...toHtmlTree(node.children as RootContent[], filePath));
        continue;
      }
      const children = toHtmlTree(node.children as RootContent[], filePath);
      if (isComponent(node)) {
        out.push({ ...node, children } as unknown as RootContent);
        continue;
      }
      const { className, class: classAttribute, ...rest } = attributesOf(node, filePath);
      const properties: Properties = { ...rest };
      const classes = className ?? classAttribute;
      if (typeof classes === 'string') properties['className'] = classes.split(/\s+/).filter(Boolean);
      out.push({ type: 'element', tagName: node.name ?? 'div', properties, children: children as ElementContent[] });
      continue;
    }
    if ('children' in node) out.push({ ...node, children: toHtmlTree(node.children as RootContent[], filePath) } as RootContent);
    else out.push(node);
  }
  return out;
}

const holdsComponent = (node: Nodes): boolean =>
  (isJsx(node as never) && isComponent(node as unknown as JsxElement)) || ('children' in node && (node.children as Nodes[]).some(holdsComponent));

/** Splits a tree into HTML strings and component calls, each string as long as it can be. */
function partsOf(nodes: readonly RootContent[], filePath: string): GuidePart[] {
  const parts: GuidePart[] = [];
  let pending: RootContent[] = [];
  const pushHtml = (html: string) => {
    if (!html) return;
    if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += html;
    else parts.push(html);
  };
  const flush = () => {
    pushHtml(toHtml({ type: 'root', children: pending }, { allowDangerousHtml: true }));
    pending = [];
  };
  for (const node of nodes) {
    if (!holdsComponent(node)) {
      pending.push(node);
      continue;
    }
    flush();
    if (isJsx(node as never)) {
      const element = node as unknown as JsxElement;
      parts.push({ component: element.name!, props: attributesOf(element, filePath), children: partsOf(element.children as RootContent[], filePath) });
      continue;
    }
    // An element around a component (a list item holding a callout): its tags, then its parts.
    const marker = '\u0000';
    const [open, close] = toHtml({ ...(node as Element), children: [{ type: 'text', value: marker }] }).split(marker);
    pushHtml(open!);
    for (const part of partsOf((node as Element).children, filePath)) {
      if (typeof part === 'string') pushHtml(part);
      else parts.push(part);
    }
    pushHtml(close!);
  }
  flush();
  return parts;
}

const joinHtml = (parts: readonly GuidePart[]): string => parts.map((part) => (typeof part === 'string' ? part : joinHtml(part.children))).join('');

export type GuideRenderer = ReturnType<typeof createGuideRenderer>;

/**
 * Renders guides to their parts with the site's Markdown pipeline (`markdown-setup.ts`): the
 * same plugins, highlighter and transformers as before, without compiling JavaScript. The
 * content checks have read every guide first, so the problems they find never reach this.
 *
 * A guide in plain Markdown (`.md`) is read without MDX, as Astro reads Markdown, and goes through
 * the same plugins: its code blocks and inline code come out as an .mdx guide's do. Its HTML is
 * then parsed into the page's tree (`rehypeGuideHtml`), as Astro's Markdown does with rehype-raw.
 */
export function createGuideRenderer(setup: SiteSetup, { guidesDirectory }: { guidesDirectory: string }) {
  const pipeline = markdownPipeline(setup);
  const { styleToClass, transformers } = pipeline.codeTransformers();
  /** Reads plain Markdown: the processor below runs on what it reads (it has no MDX node to pass through). */
  const markdownParser = unified().use(remarkParse).use(remarkGfm);
  const guideHtml = rehypeGuideHtml({ trustGuideCode: setup.trustGuideCode, components: Object.keys(setup.guideComponents) });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkSmartypants)
    .use(pipeline.remarkPlugins as never)
    .use(remarkRehype, {
      passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'],
      allowDangerousHtml: true,
    })
    .use(rehypeShiki, { ...pipeline.highlighting, transformers, wrap: false } as never)
    .use(pipeline.rehypePlugins as never)
    // Only a .md guide has HTML to parse: an .mdx guide's elements are JSX, turned into HTML below.
    .use(() => (tree: HastRoot, file: VFile) => (isPlainMarkdown(String(file.path)) ? guideHtml(tree, file) : tree))
    .use(rehypeGuideImages, { guidesDirectory });

  async function renderTree(tree: MdastRoot, file: VFile): Promise<RenderedGuide> {
    const html = (await processor.run(tree, file)) as unknown as HastRoot;
    const parts = partsOf(toHtmlTree(html.children, String(file.path)), String(file.path));
    const codeColors = codeColorRules(styleToClass.getClassRegistry(), file.data.codeColorClasses ?? new Set());
    return { parts, html: joinHtml(parts), codeColors };
  }

  return {
    /** Renders a guide's text (front matter blanked out, as `parseFrontmatter` leaves it). */
    render(body: string, filePath: string, frontmatter: Record<string, unknown>): Promise<RenderedGuide> {
      const file = new VFile({ value: body, path: filePath, data: { astro: { frontmatter } } });
      return renderTree((isPlainMarkdown(filePath) ? markdownParser : processor).parse(file) as MdastRoot, file);
    },
    /**
     * Renders a guide the content checks have parsed (its whole source, front matter included):
     * the tree is read once per build. The tree is changed on the way.
     */
    renderParsed(tree: MdastRoot, source: string, filePath: string, frontmatter: Record<string, unknown>): Promise<RenderedGuide> {
      return renderTree(tree, new VFile({ value: source, path: filePath, data: { astro: { frontmatter } } }));
    },
  };
}
