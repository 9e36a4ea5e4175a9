import { SaxesParser, type SaxesTagNS } from 'saxes';
import { lineAndColumn } from '../placeholders/index.ts';
import type { ContentProblem } from './sitevar-problems.ts';

/*
 * An SVG beside a guide is published as a file of the site, and a reader may open it on its own,
 * as a document of the site's origin: then its scripts run, and on a host that ignores the
 * site's `_headers` no Content Security Policy stops them. So an image may draw, and nothing
 * else: no code, no HTML, nothing loaded from outside the file, no DOCTYPE (entities that expand
 * without bound or name other files). Problems are located as the guides' are: lines from 1,
 * columns from 1 counting JavaScript characters (UTF-16 code units), as the Markdown parser does.
 */

const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** Elements that run code or bring a document into the image, by lower-case local name. */
const REFUSED_ELEMENTS: Record<string, (name: string) => string> = {
  script: (name) => `<${name}> runs code when the image is opened on its own: remove it (an image beside a guide runs no code).`,
  // SVG Tiny's script by another name.
  handler: (name) => `<${name}> runs code when the image is opened on its own: remove it (an image beside a guide runs no code).`,
  foreignobject: (name) => `<${name}> puts HTML, which can run code and load pages, inside the image: remove it (write text with <text>).`,
  iframe: (name) => `<${name}> loads another page into the image: remove it.`,
  embed: (name) => `<${name}> loads another document into the image: remove it.`,
  object: (name) => `<${name}> loads another document into the image: remove it.`,
};

/**
 * A bitmap written into the file (`data:image/png;base64,…`), as editors embed images: inside
 * the file, and inert (a bitmap runs nothing), so an <image> may show one.
 */
const EMBEDDED_BITMAP = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z\d+/=\s]*$/i;
const BITMAP_ELEMENTS = new Set(['image', 'feimage']);

/** Animation elements that name the attribute they change (`attributeName`). */
const ANIMATIONS = new Set(['set', 'animate', 'animatetransform']);

/** CSS that loads something: what to look for, and what to say. */
const CSS_LOADS: readonly { readonly pattern: RegExp; readonly message: (found: string) => string }[] = [
  {
    pattern: /@import\b/gi,
    message: () => '@import loads a style sheet from outside the file: remove it, and put the rules in this <style>.',
  },
  {
    // url(#id) names a part of this file (a gradient, a filter); anything else is fetched.
    pattern: /\burl\((?!\s*["']?\s*#)[^)]{0,60}\)?/gi,
    message: (found) =>
      `${found.endsWith(')') ? found : `${found}…`} loads something from outside the file: an SVG beside a guide may only use its own parts (url(#…)). Remove it, or embed what it draws.`,
  },
  {
    pattern: /(?:\bimage-set|\bsrc)\(/gi,
    message: (found) => `${found}…) loads an image from outside the file: remove it.`,
  },
];

/** CSS as the browser reads it: comments dropped, escapes decoded (`u\72l(` is `url(`). */
function readableCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16) || 0xfffd, 0x10ffff)))
    .replace(/\\([\s\S])/g, '$1');
}

/**
 * Where CSS loads something: found in the text as the browser reads it (entities, CDATA and
 * escapes decoded), located in the raw text when it is written plainly there, else at the start.
 */
function cssLoads(css: string, raw: string, rawStart: number): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  const readable = readableCss(css);
  for (const { pattern, message } of CSS_LOADS) {
    const matches = [...readable.matchAll(pattern)];
    const rawMatches = [...raw.matchAll(pattern)];
    const located = rawMatches.length === matches.length;
    for (const [index, match] of matches.entries())
      found.push({ offset: rawStart + (located ? rawMatches[index]!.index : 0), message: message(match[0].trim()) });
  }
  return found;
}

/** Where an attribute's name starts, from the end of its value (after the closing quote). */
function attributeStart(text: string, end: number, name: string): number | undefined {
  const quote = text[end - 1];
  if (quote !== '"' && quote !== "'") return undefined;
  let index = text.lastIndexOf(quote, end - 2) - 1;
  while (/\s/.test(text[index] ?? '')) index--;
  if (text[index] !== '=') return undefined;
  index--;
  while (/\s/.test(text[index] ?? '')) index--;
  const start = index + 1 - name.length;
  return text.slice(start, index + 1) === name ? start : undefined;
}

/** The well-formedness error that ends the reading of a file. */
class NotWellFormed extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(reason);
  }
}

/** Every reason an SVG file cannot be published, in file order. */
export function svgProblems(text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (offset: number, message: string) => problems.push({ ...lineAndColumn(text, Math.max(0, offset)), message });
  const parser = new SaxesParser({ xmlns: true });
  let tagStart = 0;
  let sawRoot = false;
  /** Where each attribute of the tag being read is written: from its name to its closing quote. */
  const attributeSpans = new Map<string, { start: number; end: number }>();
  let style: { tag: SaxesTagNS; contentStart: number; css: string } | undefined;
  // Where the last markup ended: a DOCTYPE or processing instruction starts at the next `<`.
  let markupEnd = 0;

  function checkElement(tag: SaxesTagNS) {
    const local = tag.local.toLowerCase();
    const isWrongRoot = !sawRoot && local !== 'svg';
    if (isWrongRoot) at(tagStart, `This is not an SVG image: its root element is <${tag.name}>, not <svg>.`);
    sawRoot = true;
    const refused = REFUSED_ELEMENTS[local];
    if (refused) at(tagStart, refused(tag.name));
    else if (tag.uri === XHTML_NAMESPACE && !isWrongRoot)
      at(tagStart, `<${tag.name}> is an HTML element, which can load pages and run code: remove it (an SVG beside a guide holds SVG only).`);
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XMLNS_NAMESPACE) continue;
      const { start, end } = attributeSpans.get(attribute.name) ?? { start: tagStart, end: tagStart };
      const name = attribute.local.toLowerCase();
      const value = attribute.value.trim();
      if (name.startsWith('on')) {
        at(start, `${attribute.name} runs code when the image is opened on its own: remove the attribute.`);
      } else if (name === 'href' && !value.startsWith('#') && !(BITMAP_ELEMENTS.has(local) && EMBEDDED_BITMAP.test(value))) {
        const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
        at(
          start,
          `${attribute.name}="${shown}" points outside the file: an SVG beside a guide may only link to its own parts (href="#…"). Remove it, or embed what it points to.`,
        );
      } else if (name === 'attributename' && ANIMATIONS.has(local) && value.split(':').at(-1)!.toLowerCase() === 'href') {
        at(start, `<${tag.name} ${attribute.name}="${value}"> changes a link as it animates, and can make it run code: remove it.`);
      } else {
        for (const load of cssLoads(attribute.value, text.slice(start, end), start)) at(load.offset, load.message);
      }
    }
  }

  parser.on('xmldecl', () => (markupEnd = parser.position));
  parser.on('comment', () => (markupEnd = parser.position));
  parser.on('text', (chunk) => {
    if (style) style.css += chunk;
    // Text is reported when the next `<` is read.
    markupEnd = parser.position - 1;
  });
  parser.on('cdata', (chunk) => {
    if (style) style.css += chunk;
    markupEnd = parser.position;
  });
  parser.on('doctype', () => {
    at(text.indexOf('<!', markupEnd), 'A DOCTYPE can declare entities that expand without bound or read other files: remove it (an SVG needs none).');
    markupEnd = parser.position;
  });
  parser.on('processinginstruction', ({ target }) => {
    if (target.toLowerCase() === 'xml-stylesheet')
      at(text.indexOf('<?', markupEnd), '<?xml-stylesheet?> loads a style sheet from outside the file: remove it (put the rules in a <style> element).');
    markupEnd = parser.position;
  });
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1);
    attributeSpans.clear();
  });
  parser.on('attribute', ({ name }) => attributeSpans.set(name, { start: attributeStart(text, parser.position, name) ?? tagStart, end: parser.position }));
  parser.on('opentag', (tag) => {
    checkElement(tag);
    if (!style && tag.local.toLowerCase() === 'style' && !tag.isSelfClosing) style = { tag, contentStart: parser.position, css: '' };
    markupEnd = parser.position;
  });
  parser.on('closetag', (tag) => {
    if (style?.tag === tag) {
      const raw = text.slice(style.contentStart, text.lastIndexOf('</', parser.position));
      for (const load of cssLoads(style.css, raw, style.contentStart)) at(load.offset, load.message);
      style = undefined;
    }
    markupEnd = parser.position;
  });
  parser.on('error', (error) => {
    // The first fault is the one to fix: what follows it is read wrongly.
    throw new NotWellFormed(error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, ''), parser.line, Math.max(1, parser.columnIndex));
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof NotWellFormed)) throw error;
    problems.push({
      line: error.line,
      column: error.column,
      message: `This SVG is not well-formed XML (${error.reason}): fix it, or export it again from the editor that made it.`,
    });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
