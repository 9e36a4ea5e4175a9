import type { Definition, Image, Link, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';

/*
 * A guide is content, not code: it may use Markdown, the site's placeholders and the components
 * of the authoring contract, and nothing that runs code, loads another page into this one or
 * sends the reader elsewhere. (A site that trusts its authors turns this off with
 * `trustGuideCode`.)
 */

/** HTML elements a guide may write itself: text-level and structural ones that do nothing. */
const ALLOWED_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** What to write instead of an element a guide cannot use. */
const INSTEAD: Record<string, string> = {
  script: 'guides run no scripts',
  style: 'the site styles every guide; there is no per-guide CSS',
  iframe: 'link to the page instead',
  frame: 'link to the page instead',
  object: 'link to the file instead',
  embed: 'link to the file instead',
  meta: 'front matter sets the title, description and SEO fields',
  link: 'front matter sets the canonical address',
  base: 'links resolve against the guide itself',
  form: 'guides send nothing anywhere; the preferences form is <SiteVarPreferences />',
  input: 'the preferences form is <SiteVarPreferences />',
  button: 'the preferences form is <SiteVarPreferences />',
  svg: 'use an image file next to the guide: ![description](diagram.svg)',
  math: 'use an image file next to the guide',
};

/** Attributes HTML elements may carry (besides aria-* and those below, by element). */
const ALLOWED_ATTRIBUTES = new Set(['title', 'lang', 'dir', 'role']);

/**
 * Attributes that would let a guide pose as the site's own parts or take their place: the page's
 * scripts and styles find those by class, id and data-* attribute (a code block's copy button, a
 * tab panel, the preferences dialog), so a guide writing one could put a copy button on text the
 * reader does not see, or have the header's button open its element instead of the dialog.
 */
function engineHookMessage(element: string, attribute: string): string | undefined {
  const lower = attribute.toLowerCase();
  if (lower === 'class' || lower === 'classname') {
    return `<${element} ${attribute}> is not for guides: the site styles every guide, and a class would borrow the look or behaviour of the site's own parts (a code block, hidden text). Use Markdown, <Callout> or <Tabs>.`;
  }
  if (lower === 'id') {
    return `<${element} id> is not for guides: ids belong to the page's headings and the site's own parts, which an id of the guide's would stand in for. Link to a heading instead (## Setup gives #setup).`;
  }
  if (lower.startsWith('data-')) {
    return `<${element} ${attribute}> is not for guides: data-* attributes are how the site's scripts find their parts (a copy button, a tab panel).`;
  }
  return undefined;
}
const ELEMENT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'rel', 'hreflang'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  td: ['colspan', 'rowspan', 'align'],
  th: ['colspan', 'rowspan', 'align', 'scope'],
  details: ['open'],
  time: ['datetime'],
  ol: ['start', 'reversed', 'type'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  abbr: [],
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** A URL a guide may link to: http(s), mailto, or a path within the site (relative or absolute). */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  // Browsers drop tabs and newlines in URLs, and read a backslash as a slash.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
  if (/[\u0000-\u001f\\]/.test(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined) return scheme === 'http' || scheme === 'https' || scheme === 'mailto';
  return !trimmed.startsWith('//');
}

const PLACEHOLDER = '{{<';

/** A parsed guide and the file it came from. */
export interface GuideTree {
  readonly file: string;
  readonly tree: Root;
}

function at(guide: GuideTree, node: { position?: { start: { line: number; column: number } } | undefined }, message: string): Problem {
  return { file: guide.file, line: node.position?.start.line ?? 1, column: node.position?.start.column, message };
}

/**
 * What is wrong with an attribute an HTML element of a guide carries, if anything: the rules for
 * the elements of an .mdx guide's JSX and of a .md guide's HTML alike (`markdown-html.ts`).
 */
export function attributeProblem(element: string, attribute: string, value: string | null | undefined): string | undefined {
  const lower = attribute.toLowerCase();
  const hook = engineHookMessage(element, attribute);
  if (hook) return hook;
  if (lower.startsWith('on')) return `<${element} ${attribute}> is an event handler: guides run no scripts.`;
  if (lower === 'style') return `<${element} style> is not allowed: the site styles every guide (and its security policy blocks inline styles).`;
  if (!ALLOWED_ATTRIBUTES.has(attribute) && !lower.startsWith('aria-') && !(ELEMENT_ATTRIBUTES[element] ?? []).includes(lower)) {
    return `<${element} ${attribute}> is not an attribute guides can use.`;
  }
  if (URL_ATTRIBUTES.has(lower) && typeof value === 'string' && !isSafeUrl(value)) {
    return `<${element} ${attribute}="${value.slice(0, 40)}"> is not a link guides can use: only http, https, mailto and paths of this site.`;
  }
  return undefined;
}

/** Why a guide cannot use an HTML element, if it cannot (a lower-case name: components are not HTML). */
export function elementProblem(name: string): string | undefined {
  if (ALLOWED_ELEMENTS.has(name)) return undefined;
  const instead = INSTEAD[name.toLowerCase()];
  return `Guides cannot use <${name}>${instead ? `: ${instead}` : ': write Markdown, or one of the elements of plain text (<kbd>, <sup>, <details>…)'}.`;
}

function checkAttributes(guide: GuideTree, element: MdxJsxFlowElement | MdxJsxTextElement, problems: Problem[]): void {
  const name = element.name ?? '';
  const component = /^[A-Z]/.test(name);
  for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(at(guide, element, `<${name}> takes its attributes as text: a {…} spread runs JavaScript, which guides cannot.`));
      continue;
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      problems.push(at(guide, attribute, `<${name} ${attribute.name}={…}> runs JavaScript, which guides cannot: write ${attribute.name}="…" with the text.`));
      continue;
    }
    if (typeof value === 'string' && value.includes(PLACEHOLDER)) {
      problems.push(
        at(
          guide,
          attribute,
          `A placeholder in <${name} ${attribute.name}="…"> is not personalised there: attributes stay as written. Put <SiteVar name="…" /> in the text, or the value in code.`,
        ),
      );
      continue;
    }
    if (component) continue;
    const problem = attributeProblem(name, attribute.name, value);
    if (problem) problems.push(at(guide, attribute, problem));
  }
}

/** Everything in a guide that is not content: code, foreign elements, unsafe links, misplaced placeholders. */
export function checkGuideSafety(guide: GuideTree): Problem[] {
  const problems: Problem[] = [];
  visit(guide.tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(at(guide, node, 'Guides cannot import or export code: the contract’s components need no import, and a guide runs no JavaScript.'));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // {/* comments */} are the one expression a guide may hold: they run nothing.
        const value = (node as { value: string }).value.trim();
        if (/^\/\*[\s\S]*\*\/$/.test(value)) return;
        problems.push(at(guide, node, 'A {…} expression runs JavaScript, which guides cannot: write \\{ for a brace, or put the text in `code`.'));
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as MdxJsxFlowElement | MdxJsxTextElement;
        const name = element.name;
        if (!name) {
          problems.push(at(guide, element, 'A fragment (<>…</>) is JSX, not content: remove it.'));
          return;
        }
        const forbidden = /^[A-Z]/.test(name) ? undefined : elementProblem(name);
        if (forbidden) {
          problems.push(at(guide, element, forbidden));
          return;
        }
        checkAttributes(guide, element, problems);
        return;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const { url } = node as Link | Image | Definition;
        if (url.includes(PLACEHOLDER) || url.includes(encodeURI(PLACEHOLDER))) {
          problems.push(
            at(guide, node, 'A placeholder in a link address is not personalised: show the address in code instead (`https://{{< sitevar … >}}/`).'),
          );
        } else if (!isSafeUrl(url)) {
          problems.push(at(guide, node, `"${url.slice(0, 40)}" is not a link guides can use: only http, https, mailto and paths of this site.`));
        }
        return;
      }
    }
  });
  return problems;
}
