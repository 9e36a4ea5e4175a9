import {
  formatLimit,
  MARKUP_CHARACTERS,
  MAX_CODE_BLOCK_LINES,
  MAX_CODE_LINE_CHARACTERS,
  MAX_FRONT_MATTER_CHARACTERS,
  MAX_GUIDE_LINES,
  MAX_GUIDE_MARKUP,
  MAX_LINE_CHARACTERS,
  MAX_NESTED_LINES,
  MAX_NESTING_DEPTH,
  MAX_PARAGRAPH_MARKUP,
} from './limits.ts';

/*
 * A look at a guide's raw text before the Markdown parser reads it, in one pass, in time linear in
 * the text: the parser's time grows faster than the text with some constructs (see `limits.ts`),
 * so a guide that goes over a bound is reported here, where it goes over, and never parsed.
 *
 * It reads lines as CommonMark and MDX do closely enough to know what is prose, what is fenced
 * code and how deep containers nest; where it cannot tell, it errs on the side of counting (a
 * line it is unsure of is prose, a depth it is unsure of is the larger one), so a guide cannot
 * slip past a bound by confusing it. The parse that follows checks the exact nesting depth again
 * on the tree (`tree-depth.ts`).
 *
 * A plain Markdown guide (`.md`) is read as CommonMark reads it: `{` is text, `<` starts a tag
 * only before a tag's name (not an autolink's address), void elements (`<br>`) nest nothing, and
 * a line that starts with `<` may start an HTML block, whose lines (fences too) are HTML.
 */

export interface TextProblem {
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

/** What each bound says when a guide goes over it. */
export const LIMIT_MESSAGES = {
  guideLines: `This guide has more than ${formatLimit(MAX_GUIDE_LINES)} lines, the most a guide may have: split it into several guides.`,
  lineCharacters: `This line is longer than ${formatLimit(MAX_LINE_CHARACTERS)} characters, the most a line outside code may have: break it into shorter lines (a line break inside a paragraph does not show).`,
  codeLineCharacters: `This line of a code block is longer than ${formatLimit(MAX_CODE_LINE_CHARACTERS)} characters, the most a line of code may have: shorten it, or link to the file instead.`,
  codeBlockLines: (fenceLine: number) =>
    `The code block that starts on line ${fenceLine} has more than ${formatLimit(MAX_CODE_BLOCK_LINES)} lines, the most a code block may have: show an excerpt, or link to the file instead (is its closing fence missing?).`,
  nestedLines: `This guide has more than ${formatLimit(MAX_NESTED_LINES)} lines in lists and block quotes, each line counted once for every level it is in, the most a guide may have: flatten deep lists and quotes, or split the guide.`,
  nesting: `This nests lists, block quotes, elements, emphasis or links more than ${MAX_NESTING_DEPTH} levels deep, the most a guide may: flatten the structure.`,
  paragraphMarkup: `This paragraph has more than ${formatLimit(MAX_PARAGRAPH_MARKUP)} markup characters (${MARKUP_CHARACTERS.split('').join(' ')}), the most a paragraph may have outside code: split it with blank lines, or put literal text in a code block.`,
  guideMarkup: `This guide has more than ${formatLimit(MAX_GUIDE_MARKUP)} markup characters (${MARKUP_CHARACTERS.split('').join(' ')}) outside code, the most a guide may have: split it into several guides.`,
  frontMatterCharacters: `The front matter is longer than ${formatLimit(MAX_FRONT_MATTER_CHARACTERS)} characters, the most it may have: keep it to the guide's title, description and settings.`,
} as const;

type Limit = keyof typeof LIMIT_MESSAGES;

const MARKUP = new Set(MARKUP_CHARACTERS);
const TAB_SIZE = 4;

/** The lines of a text, each with its offset, split where Markdown splits them (\n, \r\n, \r). */
function splitLines(source: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source.charCodeAt(index);
    if (char !== 10 && char !== 13) continue;
    lines.push({ text: source.slice(start, index), start });
    if (char === 13 && source.charCodeAt(index + 1) === 10) index++;
    start = index + 1;
  }
  lines.push({ text: source.slice(start), start });
  return lines;
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t';
const isBlank = (text: string, from = 0) => {
  for (let index = from; index < text.length; index++) if (!isSpace(text[index])) return false;
  return true;
};

/** A `---` fence of the front matter: three dashes, then only spaces or tabs. */
const isFrontMatterFence = (text: string) => text.startsWith('---') && isBlank(text, 3);

/** The number of lines the front matter takes, both fences included, or 0 when the guide has none. */
function frontMatterLines(lines: readonly { text: string }[]): number {
  if (!lines[0] || !isFrontMatterFence(lines[0].text)) return 0;
  for (let index = 1; index < lines.length; index++) if (isFrontMatterFence(lines[index]!.text)) return index + 1;
  // Never closed: the parser reads it as Markdown, and so does this scan.
  return 0;
}

/**
 * Where on a line a thematic break (`***`, `- - -`, `___`) could start, which is no list item
 * however it starts: from there on, only one of - * _ (three or more) and spaces. Found in one
 * pass from the right, so a line of many markers costs no more than a short one.
 */
function thematicBreakStarts(text: string): (index: number) => boolean {
  const starts = new Uint8Array(text.length);
  for (const marker of ['-', '*', '_']) {
    let count = 0;
    for (let index = text.length - 1; index >= 0; index--) {
      const char = text[index];
      if (char === marker) count++;
      else if (!isSpace(char)) break;
      if (char === marker && count >= 3) starts[index] = 1;
    }
  }
  return (index) => starts[index] === 1;
}

/** A container a line opens or continues: a block quote marker or a list item marker. */
interface Container {
  /** Index of its marker in the line. */
  readonly index: number;
  readonly column: number;
  /** For a list item: the column its content starts at, which later lines are indented to. */
  readonly contentColumn?: number;
}

/** The containers at the start of a line, and where its content starts. */
interface LinePrefix {
  readonly quotes: number;
  /** Column (from 0, a tab to the next multiple of four) of the first character after the block quote markers. */
  readonly indent: number;
  readonly containers: readonly Container[];
  readonly listItems: readonly Container[];
  /** Index of the content after every marker and its spaces, and its column. */
  readonly contentIndex: number;
  readonly contentColumn: number;
}

function readPrefix(text: string): LinePrefix {
  let index = 0;
  let column = 0;
  let quotes = 0;
  let indent = -1;
  const containers: Container[] = [];
  const listItems: Container[] = [];
  let isThematicBreak: ((index: number) => boolean) | undefined;
  const skipSpaces = () => {
    while (isSpace(text[index])) {
      column = text[index] === '\t' ? column + TAB_SIZE - (column % TAB_SIZE) : column + 1;
      index++;
    }
  };
  for (;;) {
    skipSpaces();
    if (text[index] === '>') {
      containers.push({ index, column });
      quotes++;
      index++;
      column++;
      continue;
    }
    if (indent === -1) indent = column;
    if ('-*_'.includes(text[index] ?? ' ') && (isThematicBreak ??= thematicBreakStarts(text))(index)) break;
    let end = index;
    if (text[index] === '-' || text[index] === '+' || text[index] === '*') end = index + 1;
    else {
      while (end < text.length && end - index < 9 && text[end]! >= '0' && text[end]! <= '9') end++;
      end = end > index && (text[end] === '.' || text[end] === ')') ? end + 1 : index;
    }
    if (end === index || !(end === text.length || isSpace(text[end]))) break;
    // The content starts after the marker and one to four spaces (one, when there are more).
    let spaces = 0;
    while (isSpace(text[end + spaces])) spaces++;
    const markerColumn = column;
    const contentColumn = markerColumn + (end - index) + (spaces >= 1 && spaces <= 4 ? spaces : 1);
    const item = { index, column: markerColumn, contentColumn };
    containers.push(item);
    listItems.push(item);
    column += end - index;
    index = end;
  }
  return { quotes, indent: indent === -1 ? column : indent, containers, listItems, contentIndex: index, contentColumn: column };
}

/**
 * At most `quotes` block quote markers at the start of a line of code, and the column and index
 * of what follows them and its spaces: a `>` beyond them is code.
 */
function stripQuotes(text: string, quotes: number): { quotes: number; index: number; column: number } {
  let index = 0;
  let column = 0;
  let found = 0;
  for (;;) {
    while (isSpace(text[index])) {
      column = text[index] === '\t' ? column + TAB_SIZE - (column % TAB_SIZE) : column + 1;
      index++;
    }
    if (found === quotes || text[index] !== '>') return { quotes: found, index, column };
    found++;
    index++;
    column++;
  }
}

/** The backtick run at `index`: its length. */
function runLength(text: string, index: number, char: string): number {
  let end = index;
  while (text[end] === char) end++;
  return end - index;
}

/**
 * For each run of backticks on a line, the index of the next run of the same length (where a
 * code span that starts there ends), or -1: found in one pass from the right.
 */
function codeSpanEnds(text: string): Map<number, number> {
  const runs: { start: number; length: number }[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== '`') continue;
    const length = runLength(text, index, '`');
    runs.push({ start: index, length });
    index += length - 1;
  }
  const ends = new Map<number, number>();
  const nextOfLength = new Map<number, number>();
  for (let run = runs.length - 1; run >= 0; run--) {
    const { start, length } = runs[run]!;
    ends.set(start, nextOfLength.get(length) ?? -1);
    nextOfLength.set(length, start);
  }
  return ends;
}

/** HTML elements that have no end tag, so nest nothing (CommonMark's HTML, which MDX's JSX is not). */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The HTML block a line of a .md guide starts, if it may start one: the line where it ends (a
 * pattern), or none when a blank line ends it. Any tag that starts a line starts one here: where
 * CommonMark would not, its lines are counted as prose, which errs on the side of counting.
 */
function htmlBlockStart(content: string): { end?: RegExp } | undefined {
  if (content[0] !== '<') return undefined;
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(content)) return { end: /<\/(?:script|pre|style|textarea)>/i };
  if (content.startsWith('<!--')) return { end: /-->/ };
  if (content.startsWith('<?')) return { end: /\?>/ };
  if (content.startsWith('<![CDATA[')) return { end: /\]\]>/ };
  if (/^<![A-Za-z]/.test(content)) return { end: />/ };
  return /^<\/?[A-Za-z]/.test(content) ? {} : undefined;
}

interface Fence {
  readonly char: string;
  readonly length: number;
  readonly quotes: number;
  /**
   * The column the opening fence is indented to (after block quote markers). A later line
   * indented less ends the block when it is in a list item; this scan ends it there even when it
   * is not, so it never takes for code what the parser reads as Markdown.
   */
  readonly indent: number;
  /** Lists and block quotes it is in: every line of it is in them too. */
  readonly containers: number;
  readonly line: number;
  lines: number;
}

/**
 * Every bound a guide's raw text goes over, each once, at the line and column where it first does.
 * `syntax`: how the guide is written, MDX (`.mdx`) or plain Markdown (`.md`).
 */
export function scanGuideText(source: string, syntax: 'md' | 'mdx' = 'mdx'): TextProblem[] {
  const markdown = syntax === 'md';
  const problems: TextProblem[] = [];
  const reported = new Set<Limit>();
  const report = (limit: Limit, line: number, column: number | undefined, message: string = LIMIT_MESSAGES[limit] as string) => {
    if (reported.has(limit)) return;
    reported.add(limit);
    problems.push({ line, ...(column === undefined ? {} : { column }), message });
  };

  const lines = splitLines(source);
  if (lines.length > MAX_GUIDE_LINES) report('guideLines', MAX_GUIDE_LINES + 1, 1);
  const frontMatter = frontMatterLines(lines);
  if (frontMatter > 0) {
    const start = lines[1]!.start;
    for (let index = 1; index < frontMatter - 1; index++) {
      const { text, start: lineStart } = lines[index]!;
      if (text.length > MAX_LINE_CHARACTERS) report('lineCharacters', index + 1, MAX_LINE_CHARACTERS + 1);
      // Where the line ending before this line is the character over the bound, the line's start is shown.
      if (lineStart + text.length - start > MAX_FRONT_MATTER_CHARACTERS)
        report('frontMatterCharacters', index + 1, Math.max(1, MAX_FRONT_MATTER_CHARACTERS - (lineStart - start) + 1));
    }
  }

  let fence: Fence | undefined;
  /** Content columns of the list items still open, innermost last. */
  const listItems: number[] = [];
  let previousBlank = true;
  let paragraphMarkup = 0;
  let guideMarkup = 0;
  let nestedLines = 0;
  const countNested = (levels: number, line: number) => {
    nestedLines += levels;
    if (nestedLines > MAX_NESTED_LINES) report('nestedLines', line, 1);
  };
  // Elements and expressions run across lines and blocks.
  let elementDepth = 0;
  let braceDepth = 0;
  /** Inside an element's tag: whether it is a closing tag or a void element's, and its quote when in an attribute value. */
  let tag: { closing: boolean; void?: boolean; quote?: string } | undefined;
  /** In a .md guide, the HTML block the line is in, and the pattern that ends it (else a blank line does). */
  let htmlBlock: { end?: RegExp } | undefined;

  /**
   * A line of prose: every markup character counts (even in code spans, whose ends a guide could
   * fake), and elements and expressions are followed, outside code spans, for their depth.
   */
  const scanProse = (text: string, from: number, line: number, containers: number) => {
    const spanEnds = text.includes('`') ? codeSpanEnds(text) : undefined;
    let codeUntil = -1;
    for (let index = from; index < text.length; index++) {
      const char = text[index]!;
      const column = index + 1;
      if (MARKUP.has(char)) {
        paragraphMarkup++;
        guideMarkup++;
        if (paragraphMarkup > MAX_PARAGRAPH_MARKUP) report('paragraphMarkup', line, column);
        if (guideMarkup > MAX_GUIDE_MARKUP) report('guideMarkup', line, column);
      }
      if (index < codeUntil) continue;
      if (tag?.quote !== undefined) {
        if (char === tag.quote) tag = { closing: tag.closing, ...(tag.void ? { void: true } : {}) };
        continue;
      }
      if (braceDepth > 0) {
        if (char === '{') braceDepth++;
        else if (char === '}') braceDepth--;
        continue;
      }
      if (tag) {
        if (char === '"' || char === "'") tag = { ...tag, quote: char };
        else if (char === '{' && !markdown) braceDepth = 1;
        else if (char === '/' && text[index + 1] === '>')
          tag = undefined; // self-closing: no deeper
        else if (char === '>') {
          elementDepth = tag.closing ? Math.max(0, elementDepth - 1) : tag.void ? elementDepth : elementDepth + 1;
          tag = undefined;
          if (containers + elementDepth > MAX_NESTING_DEPTH) report('nesting', line, column);
        }
        continue;
      }
      if (char === '\\') {
        index++; // an escaped character is text
      } else if (char === '`' && spanEnds) {
        // A code span's content is text; an unmatched run of backticks is text too.
        const end = spanEnds.get(index) ?? -1;
        const length = runLength(text, index, '`');
        codeUntil = end === -1 ? index + length : end + length;
      } else if (char === '{') {
        if (!markdown) braceDepth = 1;
      } else if (char === '<') {
        const next = text[index + 1];
        if (markdown) {
          // A tag's name, then a space, a slash, > or the line's end: anything else (an
          // autolink's address, `a<b`) is text.
          const nameStart = index + (next === '/' ? 2 : 1);
          const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(text.slice(nameStart, nameStart + 64))?.[0];
          const after = name ? text[nameStart + name.length] : '';
          if (name && (after === undefined || after === '/' || after === '>' || isSpace(after))) {
            tag = next === '/' ? { closing: true } : { closing: false, ...(VOID_ELEMENTS.has(name.toLowerCase()) ? { void: true } : {}) };
          }
        } else if (next === '/') tag = { closing: true };
        else if (next === '>' || (next !== undefined && /[\p{L}$_]/u.test(next))) tag = { closing: false };
      } else if (char === ']' && text[index + 1] === '(' && text[index + 2] === '<') {
        // A link destination in angle brackets: an address, not an element.
        const end = text.indexOf('>', index + 3);
        codeUntil = end === -1 ? index + 3 : end + 1;
      }
    }
  };

  for (let index = frontMatter; index < lines.length && index < MAX_GUIDE_LINES; index++) {
    const { text } = lines[index]!;
    const line = index + 1;
    if (fence) {
      const prefix = stripQuotes(text, fence.quotes);
      const endedByContainer = prefix.quotes < fence.quotes || (!isBlank(text, prefix.index) && prefix.column < fence.indent);
      if (!endedByContainer) {
        // The closing fence: the same character, at least as many, nothing after but spaces.
        const at = prefix.index;
        const run = text[at] === fence.char ? runLength(text, at, fence.char) : 0;
        if (run >= fence.length && isBlank(text, at + run)) {
          fence = undefined;
          previousBlank = false;
          continue;
        }
        fence.lines++;
        countNested(fence.containers, line);
        if (fence.lines > MAX_CODE_BLOCK_LINES) report('codeBlockLines', line, 1, LIMIT_MESSAGES.codeBlockLines(fence.line));
        if (text.length > MAX_CODE_LINE_CHARACTERS) report('codeLineCharacters', line, MAX_CODE_LINE_CHARACTERS + 1);
        continue;
      }
      fence = undefined;
    }

    if (text.length > MAX_LINE_CHARACTERS) report('lineCharacters', line, MAX_LINE_CHARACTERS + 1);
    const prefix = readPrefix(text);
    const rest = prefix.contentIndex;
    // Inside a tag or an expression, a line is theirs whatever it starts with (a `>` ends a tag),
    // and nothing on it starts a code block: that would take for code what the parser reads on.
    // In a .md guide, that is an HTML block: a tag ends where its paragraph does.
    const inElementOrExpression = markdown ? htmlBlock !== undefined : tag !== undefined || braceDepth > 0;
    if (isBlank(text, rest) && prefix.listItems.length === 0) {
      paragraphMarkup = 0;
      previousBlank = true;
      countNested(listItems.length + prefix.quotes, line);
      if (!markdown) {
        if (inElementOrExpression) scanProse(text, 0, line, listItems.length);
      } else if (htmlBlock?.end === undefined) {
        htmlBlock = undefined;
        tag = undefined;
      }
      continue;
    }
    const fenceChar = !inElementOrExpression && (text[rest] === '`' || text[rest] === '~') ? text[rest]! : undefined;
    const fenceLength = fenceChar ? runLength(text, rest, fenceChar) : 0;
    const opensFence = fenceChar !== undefined && fenceLength >= 3 && !(fenceChar === '`' && text.includes('`', rest + fenceLength));
    // A line may continue the paragraph of a list item lazily, without its indent; only a new
    // item, a line after a blank one, or a fence (never lazy) closes the items it is not inside.
    if (prefix.listItems.length > 0 || previousBlank || opensFence) {
      while (listItems.length > 0 && listItems.at(-1)! > prefix.indent) listItems.pop();
    }
    const depthBefore = listItems.length;
    for (const item of prefix.listItems) listItems.push(item.contentColumn!);
    // Block quotes are marked on every line they go on; list items only where they start.
    const containers = depthBefore + prefix.containers.length;
    countNested(containers, line);
    if (containers + elementDepth > MAX_NESTING_DEPTH) {
      const over = prefix.containers[MAX_NESTING_DEPTH - depthBefore - elementDepth];
      report('nesting', line, (over?.index ?? prefix.contentIndex) + 1);
    }
    previousBlank = false;
    if (opensFence) {
      paragraphMarkup = 0;
      // A fence ends the paragraph, and a tag left open in it was text.
      if (markdown) tag = undefined;
      fence = { char: fenceChar!, length: fenceLength, quotes: prefix.quotes, indent: prefix.contentColumn, containers, line, lines: 0 };
      continue;
    }
    if (!markdown) {
      scanProse(text, inElementOrExpression ? 0 : rest, line, containers);
      continue;
    }
    htmlBlock ??= htmlBlockStart(text.slice(rest, rest + 16));
    scanProse(text, rest, line, containers);
    if (htmlBlock?.end?.test(text.slice(rest))) htmlBlock = undefined;
  }
  return problems;
}
