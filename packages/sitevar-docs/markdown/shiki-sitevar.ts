import type { Element, ElementContent, Root } from 'hast';
import type { ShikiTransformer, ThemedToken } from 'shiki';
import { type CodeMeta, frameOf, languageLabel, parseCodeMeta } from '../content-checks/code-meta.ts';
import { type MarkedRange, resolvePlaceholders, substitutePlaceholders } from '../placeholders/index.ts';
import type { Registry } from '../registry/index.ts';
import { sitevarElement, sitevarProperties } from './sitevar-mark.ts';

declare module 'shiki' {
  interface ShikiTransformerContextMeta {
    sitevarRanges?: MarkedRange[];
    codeMeta?: CodeMeta;
  }
}

const RANGE_ATTRIBUTE = 'data-sitevar-range';
const INNER_ATTRIBUTE = 'data-sitevar-inner';

/** Cuts tokens at every range boundary, so each token lies wholly inside or outside a range. */
export function splitTokensAtRanges(lines: ThemedToken[][], ranges: readonly MarkedRange[]): ThemedToken[][] {
  if (ranges.length === 0) return lines;
  const boundaries = [...new Set(ranges.flatMap((range) => [range.start, range.end]))].sort((a, b) => a - b);
  return lines.map((tokens) =>
    tokens.flatMap((token) => {
      const pieces: ThemedToken[] = [];
      let pieceStart = token.offset;
      const tokenEnd = token.offset + token.content.length;
      for (const boundary of boundaries) {
        if (boundary <= pieceStart || boundary >= tokenEnd) continue;
        pieces.push({ ...token, content: token.content.slice(pieceStart - token.offset, boundary - token.offset), offset: pieceStart });
        pieceStart = boundary;
      }
      pieces.push({ ...token, content: token.content.slice(pieceStart - token.offset), offset: pieceStart });
      return pieces;
    }),
  );
}

const contains = (token: ThemedToken, range: MarkedRange) => token.offset <= range.start && range.end <= token.offset + token.content.length;

/**
 * Prepares the marking of every value: a value across several tokens has them cut at its edges
 * and each piece tagged with the range; a value inside one token (most are: "https://…" is one
 * string token) tags that token, whose text the span hook cuts around the value.
 */
function tagTokens(lines: ThemedToken[][], ranges: readonly MarkedRange[]): ThemedToken[][] {
  const tokens = lines.flat();
  const within = new Set(ranges.filter((range) => range.start < range.end && tokens.some((token) => contains(token, range))));
  const split = splitTokensAtRanges(
    lines,
    ranges.filter((range) => !within.has(range)),
  );
  return split.map((line) =>
    line.map((token) => {
      const spanning = ranges.findIndex((range) => !within.has(range) && token.offset >= range.start && token.offset < range.end);
      const inner = ranges.flatMap((range, index) => (within.has(range) && contains(token, range) ? [index] : []));
      if (spanning === -1 && inner.length === 0) return token;
      const attributes: Record<string, string> = spanning === -1 ? { [INNER_ATTRIBUTE]: inner.join(' ') } : { [RANGE_ATTRIBUTE]: String(spanning) };
      return { ...token, htmlAttrs: { ...token.htmlAttrs, ...attributes } };
    }),
  );
}

/** Cuts a token's text around the values inside it, each value in a marked span. */
function markInsideToken(span: Element, token: ThemedToken, ranges: readonly MarkedRange[], registry: Registry): void {
  const indices = String(span.properties[INNER_ATTRIBUTE]).split(' ').map(Number);
  delete span.properties[INNER_ATTRIBUTE];
  const [only] = indices;
  const first = ranges[only!]!;
  if (indices.length === 1 && first.start === token.offset && first.end === token.offset + token.content.length) {
    // The value is the whole token: the token span itself carries the mark.
    Object.assign(span.properties, sitevarProperties(first.name, first.format, registry));
    return;
  }
  const children: ElementContent[] = [];
  let cursor = token.offset;
  for (const range of indices.map((index) => ranges[index]!).sort((a, b) => a.start - b.start)) {
    if (range.start > cursor) children.push(text(token.content.slice(cursor - token.offset, range.start - token.offset)));
    children.push(sitevarElement(range.name, range.format, [text(token.content.slice(range.start - token.offset, range.end - token.offset))], registry));
    cursor = range.end;
  }
  if (cursor < token.offset + token.content.length) children.push(text(token.content.slice(cursor - token.offset)));
  span.children = children;
}

/**
 * Marks each range in a line: a value inside one token span marks that span itself; a value
 * across several spans gets one marked element around them. Fewer elements, smaller pages.
 */
function markRangesInLine(line: Element, ranges: readonly MarkedRange[], registry: Registry): void {
  const children: ElementContent[] = [];
  let open: { index: number; spans: Element[] } | undefined;
  const close = () => {
    if (!open) return;
    const range = ranges[open.index]!;
    const [only] = open.spans;
    if (open.spans.length === 1 && only) {
      Object.assign(only.properties, sitevarProperties(range.name, range.format, registry));
      children.push(only);
    } else {
      children.push(sitevarElement(range.name, range.format, open.spans, registry));
    }
    open = undefined;
  };
  for (const child of line.children) {
    const rangeAttribute = child.type === 'element' ? child.properties[RANGE_ATTRIBUTE] : undefined;
    if (child.type === 'element' && rangeAttribute !== undefined) {
      const index = Number(rangeAttribute);
      delete child.properties[RANGE_ATTRIBUTE];
      if (open?.index !== index) {
        close();
        open = { index, spans: [] };
      }
      open.spans.push(child);
    } else {
      close();
      children.push(child);
    }
  }
  close();
  line.children = children;
}

/** An element's classes, whether Shiki set them as a string or hast as a list. */
function classesOf(node: Element): string[] {
  const value = node.properties.class ?? node.properties.className;
  return (Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/)).filter(Boolean);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The words of a code block's frame. */
export interface CodeFrameText {
  readonly copy: string;
  readonly excerpt: string;
  readonly excerptNote: string;
  /** How the site's own languages are named (a grammar's display name), by fence language. */
  readonly languageLabels?: Readonly<Record<string, string>>;
}

/** The copy control's icon: two sheets, which turn into a check mark once copied (by CSS). */
function copyIcon(): Element {
  const path = (d: string, className: string) => element('path', { d, className: [className] });
  return element('svg', { className: ['copy-icon'], viewBox: '0 0 24 24', width: '16', height: '16', ariaHidden: 'true', focusable: 'false' }, [
    path('M9 9h10v12H9zM5 15H4V3h11v1', 'copy-sheets'),
    path('m5 13 4 4L19 7', 'copy-done'),
  ]);
}

/** The title bar: file name, language and the copy control (shown only once scripts run). */
function codeHeader(title: string | undefined, lang: string, excerpt: boolean, words: CodeFrameText): Element {
  return element('div', { className: ['code-header'] }, [
    element('span', { className: ['code-title'] }, title ? [text(title)] : []),
    ...(excerpt ? [element('span', { className: ['code-excerpt'], title: words.excerptNote }, [text(words.excerpt)])] : []),
    element('span', { className: ['code-lang'] }, [text(words.languageLabels?.[lang] ?? languageLabel(lang))]),
    element('button', { type: 'button', className: ['copy-button', 'needs-js'], dataCopy: '' }, [
      copyIcon(),
      element('span', { className: ['copy-label'] }, [text(words.copy)]),
    ]),
  ]);
}

/** Whether a block's lines need elements of their own: marked, changed or numbered lines. */
const needsLineElements = (meta: CodeMeta) => meta.lineNumbers || meta.marked.size + meta.inserted.size + meta.deleted.size > 0;

/** Classes and number of one line, from the fence's meta. */
function decorateLine(line: Element, lineNumber: number, meta: CodeMeta): void {
  const classes = classesOf(line);
  if (meta.marked.has(lineNumber)) classes.push('mark');
  if (meta.inserted.has(lineNumber)) classes.push('ins');
  if (meta.deleted.has(lineNumber)) classes.push('del');
  line.properties.class = classes.join(' ');
  if (meta.lineNumbers) line.properties.dataLine = String(meta.startLineNumber + lineNumber - 1);
}

/**
 * Highlight first, substitute after: placeholders are replaced by their fallback text before
 * Shiki tokenises, so colours are exactly those of the plain text; each value's character range
 * is then marked so the browser can swap the text inside without highlighting again.
 */
export function transformerSitevar({ registry, words }: { registry: Registry; words: CodeFrameText }): ShikiTransformer {
  return {
    name: 'sitevar',
    preprocess(code) {
      const { placeholders, problems } = resolvePlaceholders(code, registry);
      if (problems.length > 0) {
        // The remark plugin reports these with file and line before Shiki runs; this is a backstop.
        throw new Error(`Invalid sitevar placeholder in code block: ${problems[0]!.message}`);
      }
      const { text: substituted, ranges } = substitutePlaceholders(code, placeholders);
      this.meta.sitevarRanges = ranges;
      this.meta.codeMeta = parseCodeMeta((this.options.meta as { __raw?: string } | undefined)?.__raw);
      return substituted;
    },
    tokens(lines) {
      const ranges = this.meta.sitevarRanges ?? [];
      return ranges.length > 0 ? tagTokens(lines, ranges) : lines;
    },
    span(span, _line, _column, _lineElement, token) {
      if (span.properties[INNER_ATTRIBUTE] !== undefined) markInsideToken(span, token, this.meta.sitevarRanges ?? [], registry);
    },
    line(line, lineNumber) {
      const ranges = this.meta.sitevarRanges ?? [];
      if (ranges.length > 0) markRangesInLine(line, ranges, registry);
      const meta = this.meta.codeMeta;
      if (meta && needsLineElements(meta)) decorateLine(line, lineNumber, meta);
    },
    pre(pre) {
      // Theme names are bookkeeping: the colours come from the style-to-class classes.
      const { theme, themes: configured = {} } = this.options as { theme?: unknown; themes?: Record<string, unknown> };
      const themes = new Set(
        [theme, ...Object.values(configured)].map((one) => (typeof one === 'string' ? one : (one as { name?: string } | undefined)?.name)),
      );
      pre.properties.class = classesOf(pre)
        .filter((name) => name !== 'astro-code-themes' && !themes.has(name))
        .join(' ');
    },
    code(code) {
      const meta = this.meta.codeMeta;
      if (meta && needsLineElements(meta)) {
        if (meta.lineNumbers) code.properties.class = 'line-numbers';
        return;
      }
      // Other lines need no element of their own: newlines separate them, and pages are smaller.
      code.children = code.children.flatMap((child) => (child.type === 'element' && classesOf(child).includes('line') ? child.children : [child]));
    },
    root(root: Root) {
      const pre = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
      if (!pre) return;
      const lang = String(this.options.lang ?? 'plaintext');
      const meta = this.meta.codeMeta ?? parseCodeMeta(undefined);
      const frame = frameOf(meta, lang);
      const figure = element(
        'figure',
        {
          className: ['code-block', ...(frame === 'code' ? [] : [`frame-${frame}`])],
          dataLanguage: lang,
          ...(meta.title ? { dataTitle: meta.title } : {}),
        },
        [
          codeHeader(meta.title, lang, meta.flags.has('novalidate'), words),
          pre,
          element('p', { className: ['copy-status'], role: 'status', ariaLive: 'polite' }),
        ],
      );
      root.children = root.children.map((child) => (child === pre ? figure : child));
    },
  };
}
