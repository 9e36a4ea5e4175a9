import { createHash } from 'node:crypto';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { isSafeUrl } from '../content-checks/guide-safety.ts';
import { TAB_PANEL, TAB_SET } from '../utils/tab-panels.ts';

/*
 * The last line of defence: every finished page is read back and checked for what no guide may
 * put on a page, whatever produced it (a guide, a component, a bug in either). The content checks
 * refuse such guides with their file and line first; this pass catches what slipped through them
 * (a label that broke out of its attribute, say) before the page is published.
 */

export type PageDocument = DefaultTreeAdapterTypes.Document;
type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** One thing wrong with a built page, at its place in the page's HTML. */
export interface PageProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * A page as the browser reads it. With scripting off, `<noscript>` holds elements rather than
 * text, so what it hides is checked too. Where each element is written costs a quarter of the
 * parse: it is only asked for when a problem needs its place.
 */
export function parsePage(html: string, { locations = false }: { locations?: boolean } = {}): PageDocument {
  return parse(html, { sourceCodeLocationInfo: locations, scriptingEnabled: false });
}

/** Elements that load other pages or code into this one, or send the reader's input away. */
const NEVER: Record<string, string> = {
  iframe: 'it loads another page into this one',
  frame: 'it loads another page into this one',
  frameset: 'it loads other pages into this one',
  portal: 'it loads another page into this one',
  object: 'it loads a plugin or another page',
  embed: 'it loads a plugin or another page',
  applet: 'it loads a plugin',
  base: 'it changes where every link of the page goes',
  form: "it sends what the reader types somewhere; the site's fields live outside any form",
  math: 'MathML can carry links and actions the site never uses',
  foreignobject: 'it puts HTML inside an image',
  set: 'an SVG animation can change where a link goes',
  animate: 'an SVG animation can change where a link goes',
};

/** Elements that belong in the page's head, written there by the site's layout. */
const HEAD_ONLY = new Set(['meta', 'link', 'title']);

/** Attributes holding an address (or, for srcset, several). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'poster', 'background', 'ping', 'longdesc', 'manifest', 'data', 'srcset']);
/** Attributes that submit or write a page: the site has no forms and no frames. */
const NEVER_ATTRIBUTES = new Set(['action', 'formaction', 'srcdoc']);
/** `http-equiv` values the layout writes: its security policy (and the encoding). */
const HTTP_EQUIV = new Set(['content-security-policy', 'content-type']);

/** The classes a code block's own lines and colours have: nothing that can hide text. */
const isCodeClass = (name: string) => ['line', 'mark', 'ins', 'del', 'line-numbers'].includes(name) || /^c-[a-z0-9]+$/.test(name);
/**
 * What a code block's text may hold: highlighted spans, the site's marks (with their format) and
 * line numbers (`data-line`, drawn by CSS and never copied), nothing else.
 */
const CODE_ATTRIBUTES = new Set(['class', 'data-sitevar', 'data-sitevar-format', 'title', 'data-line']);

/** The addresses of a srcset (`a.png 1x, b.png 2x`): its words that are not width or density descriptors. */
const srcsetAddresses = (srcset: string) =>
  srcset
    .split(/\s+/)
    .map((word) => word.replace(/^,+|,+$/g, ''))
    .filter((word) => word !== '' && !/^\d+(?:\.\d+)?[wxh]$/.test(word));

const isElement = (node: Node): node is Element => 'tagName' in node;
const attributeOf = (element: Element, name: string) => element.attrs.find((item) => item.name === name && !item.prefix)?.value;
const classesOf = (element: Element) => (attributeOf(element, 'class') ?? '').split(/\s+/).filter(Boolean);

function childrenOf(node: Node): Node[] {
  const children = 'childNodes' in node ? [...node.childNodes] : [];
  // A template's content is a fragment of its own, not its children.
  if (isElement(node) && node.tagName === 'template' && 'content' in node) children.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
  return children;
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hash sources a policy allows for a directive (`script-src`, `style-src`). */
function hashesIn(policy: string | undefined, directive: string): Set<string> {
  const sources = policy
    ?.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return new Set((sources ?? []).filter((source) => source.startsWith("'sha256-")));
}

/** The address a `<meta http-equiv="refresh">` sends the reader to, if any. */
function refreshTarget(content: string): string | undefined {
  const [, ...rest] = content.split(';');
  const pair = rest.join(';').trim();
  if (!pair.toLowerCase().startsWith('url=')) return undefined;
  return pair
    .slice(4)
    .trim()
    .replace(/^['"]|['"]$/g, '');
}

/** A path of this site: where a redirect page may send the reader. */
const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//') && isSafeUrl(url);
/** An address on this site, from its root or relative to the page: no scheme, no other host. */
const isOwnAddress = (url: string) => isSafeUrl(url) && !/^[a-z][a-z\d+.-]*:/i.test(url.trim()) && !url.trim().startsWith('//');

/** The page's `<meta http-equiv="content-security-policy">`, which the layout writes in the head. */
function policyMetaOf(document: PageDocument): Element | undefined {
  const html = document.childNodes.find(isElement);
  const head = html?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
  return head?.childNodes.find(
    (node): node is Element => isElement(node) && node.tagName === 'meta' && attributeOf(node, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
}

interface Walk {
  readonly problems: PageProblem[];
  readonly ids: Map<string, Element>;
  readonly inline: { element: Element; directive: 'script-src' | 'style-src' }[];
}

/** What a built page holds that the site's checks and its headers need. */
export interface PageReading {
  readonly problems: PageProblem[];
  /** The policy of the page's `<meta http-equiv="content-security-policy">`. */
  readonly policy?: string;
  /** The hash sources of the page's inline scripts and styles. */
  readonly inlineHashes: readonly string[];
}

function report(walk: Walk, element: Element, message: string, attribute?: string): void {
  const location = element.sourceCodeLocation;
  const place = (attribute ? location?.attrs?.[attribute] : undefined) ?? location;
  walk.problems.push({ line: place?.startLine ?? 1, column: place?.startCol ?? 1, message });
}

function checkAttributes(walk: Walk, element: Element, inHead: boolean): void {
  const tag = element.tagName;
  for (const { name, value, prefix } of element.attrs) {
    const full = prefix ? `${prefix}:${name}` : name;
    if (name.startsWith('on')) report(walk, element, `<${tag} ${full}> is an event handler: nothing on a page may run code but the site's own scripts.`, full);
    else if (name === 'style')
      report(walk, element, `<${tag} style> sets a style inline, which the site's security policy blocks: style it with the site's stylesheet.`, full);
    else if (NEVER_ATTRIBUTES.has(name)) report(walk, element, `<${tag} ${full}> submits or writes a page: the site has neither forms nor frames.`, full);
    else if (URL_ATTRIBUTES.has(name)) {
      const urls = name === 'srcset' ? srcsetAddresses(value) : [value];
      // An SVG's own references (`href="#gradient"`) stay inside the image.
      const bad = urls.find((url) => !isSafeUrl(url));
      if (bad !== undefined)
        report(
          walk,
          element,
          `<${tag} ${full}="${bad.slice(0, 40)}"> is not an address a page may hold: only http, https, mailto and paths of this site.`,
          full,
        );
    } else if (name === 'id') {
      const first = walk.ids.get(value);
      if (first) {
        const line = first.sourceCodeLocation?.startLine ?? 1;
        const column = first.sourceCodeLocation?.startCol ?? 1;
        report(
          walk,
          element,
          `id "${value}" is on this page twice (first at ${line}:${column}): the second would stand in for the first (a guide's element for the site's own).`,
          full,
        );
      } else walk.ids.set(value, element);
    } else if (name === 'http-equiv') {
      const kind = value.toLowerCase();
      const content = attributeOf(element, 'content') ?? '';
      const target = kind === 'refresh' ? refreshTarget(content) : undefined;
      const allowed = inHead && (HTTP_EQUIV.has(kind) || (kind === 'refresh' && target !== undefined && isSitePath(target)));
      if (!allowed)
        report(
          walk,
          element,
          `<meta http-equiv="${value}"${target ? ` content="…url=${target.slice(0, 40)}"` : ''}> is not one the site writes: only the layout's security policy, in the head, and redirect pages sending the reader to a page of this site.`,
          full,
        );
    }
  }
}

/** Where an element sits, as the rules need it. */
interface Context {
  readonly inHead: boolean;
  /** Inside one of the site's code blocks (`figure.code-block`). */
  readonly inCodeBlock: boolean;
  /** Inside a code block's `pre`: the text its Copy button copies. */
  readonly inCopiedCode: boolean;
  readonly parent?: Element;
}

/** The text a code block copies holds only highlighted spans and the site's marks: no hidden part. */
function checkCopiedCode(walk: Walk, element: Element): void {
  const unexpected = element.attrs.find(({ name }) => !CODE_ATTRIBUTES.has(name));
  const otherClass = classesOf(element).find((name) => !isCodeClass(name));
  if (!['code', 'span'].includes(element.tagName) || unexpected || otherClass) {
    const what = unexpected ? ` ${unexpected.name}` : otherClass ? ` class="${otherClass}"` : '';
    report(
      walk,
      element,
      `<${element.tagName}${what}> inside a code block's text: a block's text is highlighted code and the site's marks only, so that Copy copies exactly what the reader sees.`,
    );
  }
}

const hasAttribute = (element: Element | undefined, name: string) => element?.attrs.some((item) => item.name === name) ?? false;

function checkElement(walk: Walk, element: Element, context: Context): void {
  const tag = element.tagName.toLowerCase();
  const never = NEVER[tag];
  if (never) report(walk, element, `<${element.tagName}> is on the page: ${never}.`);
  if (HEAD_ONLY.has(tag) && !context.inHead)
    report(walk, element, `<${element.tagName}> outside the page's head: only the site's layout writes ${tag} elements, in the head.`);
  if (tag === 'script' || tag === 'style') {
    // Scripts and styles are files of the site's own, or inline ones the page's policy lists by
    // hash: the site's components are hashed as the site is built, never text a guide wrote.
    const src = attributeOf(element, 'src');
    if (src === undefined) walk.inline.push({ element, directive: tag === 'script' ? 'script-src' : 'style-src' });
    else if (!isOwnAddress(src)) report(walk, element, `<script src="${src.slice(0, 40)}"> loads code from elsewhere: scripts are files of this site.`, 'src');
  }
  checkAttributes(walk, element, context.inHead);
  if (hasAttribute(element, 'data-copy') && !(tag === 'button' && context.inCodeBlock)) {
    report(
      walk,
      element,
      `A copy control (<${element.tagName} data-copy>) outside one of the site's code blocks: only the site's code blocks copy, and only the code they show.`,
      'data-copy',
    );
  }
  if (hasAttribute(element, TAB_PANEL) && !hasAttribute(context.parent, TAB_SET)) {
    report(walk, element, `A tab panel (${TAB_PANEL}) outside a tab set: only <Tab> inside <Tabs> makes one.`, TAB_PANEL);
  }
  if (context.inCopiedCode) checkCopiedCode(walk, element);
}

function walkNode(walk: Walk, node: Node, context: Context): void {
  let inner = context;
  if (isElement(node)) {
    checkElement(walk, node, context);
    const isCodeBlock = node.tagName === 'figure' && classesOf(node).includes('code-block');
    inner = {
      inHead: context.inHead || node.tagName === 'head',
      inCodeBlock: context.inCodeBlock || isCodeBlock,
      inCopiedCode: context.inCopiedCode || (context.inCodeBlock && node.tagName === 'pre'),
      parent: node,
    };
  }
  for (const child of childrenOf(node)) walkNode(walk, child, inner);
}

/**
 * Everything on a built page that no guide may write and the site's own layout never does:
 * scripts, styles, meta and link elements outside the head; frames, plugins, forms; event
 * handlers and inline styles; addresses other than http, https, mailto and the site's paths; an
 * id used twice; a copy control outside the site's code blocks, or hidden text inside one; a tab
 * panel outside a tab set; inline scripts and styles the page's own policy does not list.
 */
export function checkPage(document: PageDocument): PageReading {
  const walk: Walk = { problems: [], ids: new Map(), inline: [] };
  walkNode(walk, document, { inHead: false, inCodeBlock: false, inCopiedCode: false });
  const inlineHashes = walk.inline.map(({ element }) => hashOf(textOf(element)));
  const meta = policyMetaOf(document);
  const policy = meta && attributeOf(meta, 'content');
  if (policy !== undefined) {
    walk.inline.forEach(({ element, directive }, index) => {
      if (!hashesIn(policy, directive).has(inlineHashes[index]!)) {
        report(walk, element, `An inline <${element.tagName}> the page's security policy does not list: browsers would refuse it, and the site writes none.`);
      }
    });
  }
  const problems = walk.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems, inlineHashes, ...(policy !== undefined ? { policy } : {}) };
}

/** Reads and checks a built page; a page with problems is read again for their places. */
export function readPage(html: string): PageReading {
  const reading = checkPage(parsePage(html));
  return reading.problems.length === 0 ? reading : checkPage(parsePage(html, { locations: true }));
}

/**
 * Offsets of the whole `content="…"` attribute of a page's policy `<meta>` (whose value the page's
 * reading gave), to replace it. The policy is in the head: the text up to the first `</head>` is
 * parsed, which finds it at the same offsets as a parse of the whole page would, and the whole
 * page only when that part does not hold the same policy.
 */
export function policyAttributePlace(html: string, policy: string): { start: number; end: number } | undefined {
  const headEnd = html.indexOf('</head>');
  for (const text of headEnd === -1 ? [html] : [html.slice(0, headEnd), html]) {
    const meta = policyMetaOf(parsePage(text, { locations: true }));
    const place = meta?.sourceCodeLocation?.attrs?.['content'];
    if (meta && place && attributeOf(meta, 'content') === policy) return { start: place.startOffset, end: place.endOffset };
  }
  return undefined;
}
