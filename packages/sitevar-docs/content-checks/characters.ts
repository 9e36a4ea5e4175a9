import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { ContentProblem } from './sitevar-problems.ts';

/*
 * Characters that make what a reader sees differ from what is there, and so from what they copy:
 * a "Trojan Source" line. Bidirectional controls reorder how the text around them is shown (a
 * U+202E in a command can show a dangerous one as harmless), so a guide has none, anywhere.
 * Invisible characters are only refused in code (fenced blocks, inline code, HTML code elements
 * and the front matter's `sitevars`, which code blocks show): in prose a reader copies no
 * command, and some languages write them. Columns count as the Markdown parser's do (JavaScript
 * characters, UTF-16 code units, as in editors such as VS Code), so every problem of a line agrees.
 */

/** Bidirectional embeddings, overrides and isolates: never in a guide. */
const BIDI_CONTROLS: Readonly<Record<number, string>> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/**
 * Characters that show as nothing (or as a blank, like Hangul fillers, which make names that look
 * like spaces): refused in code. Directional marks belong to right-to-left prose, not to code.
 */
const INVISIBLE: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/**
 * Joiners shape emoji sequences (woman, ZWJ, laptop: a coder) and the letters of scripts such as Persian and the Indic
 * ones, in prose and in code's comments and strings alike: allowed between two characters beyond
 * ASCII. In code, next to ASCII (or at an edge) they join nothing and only make a command or a
 * name differ invisibly from the one shown: refused there.
 */
const JOINERS: Readonly<Record<number, string>> = {
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
};

/** Tag characters (invisible ASCII, used to hide text) are only at home in flag emoji: refused in code. */
const isTagCharacter = (codePoint: number) => codePoint >= 0xe0000 && codePoint <= 0xe007f;

const SUSPECTS = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]|\uDB40[\uDC00-\uDC7F]/g;

/** HTML elements a guide may write whose text is code. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp']);

function codePointLabel(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name = BIDI_CONTROLS[codePoint] ?? INVISIBLE[codePoint] ?? JOINERS[codePoint] ?? 'TAG CHARACTER';
  return `U+${hex} ${name}`;
}

/** How to find the character: editors' regular-expression search understands \uXXXX. */
function findIt(codePoint: number): string {
  return codePoint > 0xffff
    ? 'it is invisible: your editor may show it when it highlights unusual characters'
    : `it is invisible: search for \\u${codePoint.toString(16).toUpperCase().padStart(4, '0')} with your editor's regular-expression search`;
}

/** Start and end offsets of the front matter's `sitevars` values, which code blocks show. */
function sitevarValueRanges(source: string, tree: Root): [number, number][] {
  const yamlNode = tree.children.find((node) => node.type === 'yaml');
  const fenceOffset = yamlNode?.position?.start.offset;
  if (!yamlNode || fenceOffset === undefined) return [];
  const textStart = source.indexOf('\n', fenceOffset) + 1;
  const sitevars = parseDocument(yamlNode.value).get('sitevars', true);
  if (!isMap(sitevars)) return [];
  return sitevars.items.flatMap((item) =>
    isScalar(item.value) && item.value.range ? [[textStart + item.value.range[0], textStart + item.value.range[1]] as [number, number]] : [],
  );
}

/** Where the guide's code is: offsets from start to end. */
function codeRanges(source: string, tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  const add = (node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }) => {
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
  };
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') add(node);
    else if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      CODE_ELEMENTS.has((node as MdxJsxFlowElement | MdxJsxTextElement).name ?? '')
    )
      add(node);
  });
  return [...ranges, ...sitevarValueRanges(source, tree)];
}

/** The code point before `index` (a whole one, where a surrogate pair ends there). */
function codePointBefore(source: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const unit = source.charCodeAt(index - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? source.codePointAt(index - 2) : unit;
}

/** Line and column (from 1) of offsets met in increasing order, in one pass over the text. */
function placesInOrder(source: string) {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset: number) => {
    for (let index = source.indexOf('\n', scanned); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) {
      line++;
      lineStart = index + 1;
    }
    scanned = Math.max(scanned, lineStart);
    return { line, column: offset - lineStart + 1 };
  };
}

/** Whether offsets met in increasing order are in code, in one pass over the (sorted) ranges. */
function codeInOrder(ranges: [number, number][]) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -1;
  return (offset: number) => {
    while (next < sorted.length && sorted[next]![0] <= offset) reach = Math.max(reach, sorted[next++]![1]);
    return offset < reach;
  };
}

/** Beyond this many, one more line says how many more: a file full of them needs one fix, not a page of messages. */
export const MAX_HIDDEN_CHARACTER_PROBLEMS = 20;

/**
 * Every bidirectional control in the guide, and every invisible character in its code, where it
 * is. `htmlCode`: where the code elements a .md guide writes in HTML are (its tree has no JSX).
 */
export function findHiddenCharacters(source: string, tree: Root, htmlCode: readonly [number, number][] = []): ContentProblem[] {
  const suspects = [...source.matchAll(SUSPECTS)];
  if (suspects.length === 0) return [];
  const inCode = codeInOrder([...codeRanges(source, tree), ...htmlCode]);
  const placeOf = placesInOrder(source);
  const problems: ContentProblem[] = [];
  let more = 0;
  for (const { index } of suspects) {
    const codePoint = source.codePointAt(index)!;
    const label = codePointLabel(codePoint);
    const code = inCode(index);
    let message: string | undefined;
    if (codePoint in BIDI_CONTROLS) {
      message = `${label} changes the order in which the text around it is shown, so readers do not see what is there, nor what they copy: delete it (${findIt(codePoint)}). Right-to-left text needs no control character.`;
    } else if (!code) {
      continue;
    } else if (codePoint in JOINERS) {
      const before = codePointBefore(source, index);
      const after = source.codePointAt(index + 1);
      if (before !== undefined && after !== undefined && before > 0x7f && after > 0x7f) continue;
      message = `${label} in code, next to ASCII text, joins nothing and makes what readers copy differ from what they see: delete it (${findIt(codePoint)}). Joiners are fine in prose, and in code between emoji or letters that need them.`;
    } else if (codePoint in INVISIBLE || isTagCharacter(codePoint)) {
      message = `${label} in code is invisible, so what readers copy is not what they see: delete it (${findIt(codePoint)}).`;
    }
    if (!message) continue;
    if (problems.length < MAX_HIDDEN_CHARACTER_PROBLEMS) problems.push({ ...placeOf(index), message });
    else more++;
  }
  if (more > 0) {
    const last = problems.at(-1)!;
    problems.push({
      line: last.line,
      column: last.column,
      message: `…and ${more} more such character${more === 1 ? '' : 's'} after this one: search the guide for them all.`,
    });
  }
  return problems;
}
