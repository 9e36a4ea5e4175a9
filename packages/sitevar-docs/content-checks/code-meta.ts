/**
 * Reads a fence's meta string: what an author writes after the language.
 *
 *   ```yaml title="configuration.yml"          the contract's two title spellings
 *   ```yaml {title="configuration.yml"}
 *   ```yaml {2-4} ins={6} del={7} showLineNumbers   Expressive Code's line syntax
 *   ```yaml {hl_lines=[2,"4-6"] linenos=table}      Hugo's, so guides move over unchanged
 *   ```shell frame="terminal"                      the frame (shell languages get it unasked)
 *   ```yaml novalidate                             a deliberate excerpt
 *
 * Anything else is a problem the content checks report with the fence's place: a meta string
 * that silently does nothing is a guide that looks wrong to its author only once published.
 */

import { formatLimit, MAX_CODE_BLOCK_LINES, MAX_LINE_RANGES } from './limits.ts';

export type CodeFrame = 'code' | 'terminal' | 'none';

export interface CodeMeta {
  title?: string;
  /** The frame asked for; undefined means chosen from the language. */
  frame?: CodeFrame;
  /** 1-based line numbers of the block's source. */
  marked: ReadonlySet<number>;
  inserted: ReadonlySet<number>;
  deleted: ReadonlySet<number>;
  lineNumbers: boolean;
  startLineNumber: number;
  /** Words without a value (novalidate). */
  flags: ReadonlySet<string>;
  problems: string[];
}

const FLAGS = new Set(['novalidate', 'showLineNumbers']);
const FRAMES = new Set<CodeFrame>(['code', 'terminal', 'none']);
const TERMINAL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'shellscript', 'zsh', 'fish', 'console', 'shellsession', 'powershell', 'ps1', 'pwsh', 'bat', 'cmd']);
const KNOWN =
  'title="…", {2-4}, mark={…}, ins={…}, del={…}, showLineNumbers, startLineNumber=N, frame="code|terminal|none", novalidate (or Hugo\'s hl_lines, linenos, linenostart)';
/** More lines than a code block may hold: a range past it is a typo, not a request. */
const MAX_LINE = MAX_CODE_BLOCK_LINES;
/** The number of a block's first line (an excerpt's place in its file): beyond any real file. */
const MAX_START_LINE = 100_000;

interface Token {
  key?: string;
  value?: string;
  /** The value's delimiter: ", ', {, [ or none. */
  quote?: string;
}

/** Splits the meta into key=value pairs and bare words; commas separate like spaces (Hugo). */
function tokenize(meta: string): Token[] | string {
  const tokens: Token[] = [];
  let index = 0;
  const closing: Record<string, string> = { '"': '"', "'": "'", '{': '}', '[': ']' };
  const readDelimited = (): { value: string; quote: string } | string => {
    const quote = meta[index]!;
    const end = meta.indexOf(closing[quote]!, index + 1);
    if (end === -1) return `${quote} at character ${index + 1} is never closed`;
    const value = meta.slice(index + 1, end);
    index = end + 1;
    return { value, quote };
  };
  while (index < meta.length) {
    const char = meta[index]!;
    if (/[\s,]/.test(char)) {
      index += 1;
      continue;
    }
    if (char in closing) {
      const read = readDelimited();
      if (typeof read === 'string') return read;
      tokens.push(read);
      continue;
    }
    const word = /^[A-Za-z_][\w-]*/.exec(meta.slice(index));
    if (!word) return `"${meta.slice(index).split(/\s/)[0]}" is not something a fence understands`;
    index += word[0].length;
    if (meta[index] !== '=') {
      tokens.push({ key: word[0] });
      continue;
    }
    index += 1;
    if (meta[index] !== undefined && meta[index]! in closing) {
      const read = readDelimited();
      if (typeof read === 'string') return read;
      tokens.push({ key: word[0], ...read });
    } else {
      const bare = /^[^\s,]*/.exec(meta.slice(index))![0];
      index += bare.length;
      tokens.push({ key: word[0], value: bare, quote: '' });
    }
  }
  return tokens;
}

/** A stretch of a block's lines, first and last included. */
export interface LineRange {
  readonly from: number;
  readonly to: number;
}

/** Reads `1, 3-5` (Expressive Code) or `2,"4-6"` (Hugo) into ranges of lines, as written. */
function readLineRanges(text: string): LineRange[] | string {
  const ranges: LineRange[] = [];
  for (const part of text
    .split(',')
    .map((piece) => piece.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean)) {
    const range = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!range) return `"${part}" is not a line or a range of lines such as 3 or 2-4`;
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (from < 1 || to < from || to > MAX_LINE)
      return `"${part}" is not a range of lines (they count from 1, first line first, up to ${formatLimit(MAX_LINE)})`;
    ranges.push({ from, to });
  }
  return ranges;
}

/**
 * Adds the lines of ranges to a set, each line once however the ranges overlap: sorted and
 * merged first, so the work is the ranges and the lines, not the lines of every range.
 */
function addRanges(into: Set<number>, ranges: readonly LineRange[]): void {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  let next = 1;
  for (const { from, to } of sorted) {
    for (let line = Math.max(from, next); line <= to; line += 1) into.add(line);
    next = Math.max(next, to + 1);
  }
}

/** Reads `1, 3-5` (Expressive Code) or `2,"4-6"` (Hugo) into line numbers. */
export function parseLineRanges(text: string): Set<number> | string {
  const ranges = readLineRanges(text);
  if (typeof ranges === 'string') return ranges;
  const lines = new Set<number>();
  addRanges(lines, ranges);
  return lines;
}

export function parseCodeMeta(meta: string | undefined): CodeMeta {
  const result: CodeMeta = {
    marked: new Set(),
    inserted: new Set(),
    deleted: new Set(),
    lineNumbers: false,
    startLineNumber: 1,
    flags: new Set(),
    problems: [],
  };
  const marked = result.marked as Set<number>;
  const flags = result.flags as Set<string>;
  const problem = (message: string) => result.problems.push(message);
  /** The ranges each set of lines has been given so far, for the bound on them. */
  const rangeCounts = new Map<Set<number>, number>();
  const addLines = (into: Set<number>, text: string, what: string) => {
    const ranges = readLineRanges(text);
    if (typeof ranges === 'string') {
      problem(`${what}: ${ranges}`);
      return;
    }
    const count = (rangeCounts.get(into) ?? 0) + ranges.length;
    rangeCounts.set(into, count);
    if (count > MAX_LINE_RANGES) {
      if (count - ranges.length <= MAX_LINE_RANGES)
        problem(`${what}: more than ${MAX_LINE_RANGES} lines or ranges of lines, the most a fence may mark this way: mark fewer, longer ranges`);
      return;
    }
    addRanges(into, ranges);
  };

  const read = (text: string, depth: number): void => {
    const tokens = tokenize(text);
    if (typeof tokens === 'string') {
      problem(tokens);
      return;
    }
    for (const { key, value, quote } of tokens) {
      if (key === undefined) {
        // A bare {…}: line ranges ({2-4}) or, once, the Hugo-style attribute list ({title="…"}).
        if (quote === '{' && /^\s*["']?\d/.test(value!)) addLines(marked, value!, 'The marked lines {…}');
        else if (quote === '{' && depth === 0) read(value!, 1);
        else problem(`${quote}${value}${quote === '{' ? '}' : quote === '[' ? ']' : quote} is not something a fence understands: write ${KNOWN}`);
        continue;
      }
      switch (key) {
        case 'title':
          if (value === undefined || value === '') problem('title needs a value: title="configuration.yml"');
          else result.title = value;
          break;
        case 'mark':
        case 'hl_lines':
          if (value === undefined) problem(`${key} needs lines: ${key}={2-4}`);
          else addLines(marked, value, key);
          break;
        case 'ins':
        case 'del':
          if (value === undefined) problem(`${key} needs lines: ${key}={2-4}`);
          else addLines((key === 'ins' ? result.inserted : result.deleted) as Set<number>, value, key);
          break;
        case 'showLineNumbers':
        case 'linenos':
          if (value === undefined || ['true', 'table', 'inline'].includes(value)) result.lineNumbers = true;
          else if (value === 'false') result.lineNumbers = false;
          else problem(`${key}=${value}: write ${key} or ${key}=false`);
          break;
        case 'startLineNumber':
        case 'linenostart': {
          const start = Number(value);
          if (!Number.isInteger(start) || start < 0 || start > MAX_START_LINE) problem(`${key}=${value ?? ''}: the first line's number, such as ${key}=12`);
          else {
            result.startLineNumber = start;
            // Hugo numbers lines only when asked; a start number on its own is asking.
            if (key === 'startLineNumber') result.lineNumbers = true;
          }
          break;
        }
        case 'frame':
          if (value !== undefined && FRAMES.has(value as CodeFrame)) result.frame = value as CodeFrame;
          else problem(`frame=${value ?? ''}: write frame="code", frame="terminal" or frame="none"`);
          break;
        default:
          if (value === undefined && FLAGS.has(key)) {
            if (key === 'showLineNumbers') result.lineNumbers = true;
            else flags.add(key);
          } else {
            problem(`"${key}" is not something a fence understands: write ${KNOWN}`);
          }
      }
    }
  };
  read((meta ?? '').trim(), 0);
  for (const line of result.inserted) if (result.deleted.has(line)) problem(`line ${line} is both inserted (ins) and deleted (del)`);
  return result;
}

/** The frame a block gets: the author's, else a terminal for shell languages that name no file. */
export function frameOf(meta: CodeMeta, lang: string): CodeFrame {
  if (meta.frame) return meta.frame;
  const namesFile = meta.title !== undefined && /[./\\]/.test(meta.title);
  return TERMINAL_LANGUAGES.has(lang.toLowerCase()) && !namesFile ? 'terminal' : 'code';
}

/** The lines a meta string names, for checking them against the block's length. */
export function namedLines(meta: CodeMeta): number[] {
  return [...meta.marked, ...meta.inserted, ...meta.deleted];
}

/**
 * The text a reader copies: the block without its deleted lines, so a block showing a change
 * copies the file after it.
 */
export function withoutDeletedLines(code: string, meta: CodeMeta): string {
  if (meta.deleted.size === 0) return code;
  return code
    .split('\n')
    .filter((_, index) => !meta.deleted.has(index + 1))
    .join('\n');
}

const LANGUAGE_LABELS: Record<string, string> = {
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  jsonc: 'JSON',
  toml: 'TOML',
  env: 'ENV',
  dotenv: 'ENV',
  shell: 'Shell',
  sh: 'Shell',
  bash: 'Shell',
  shellscript: 'Shell',
  console: 'Console',
  nginx: 'nginx',
  ini: 'INI',
  plaintext: 'Text',
  text: 'Text',
  txt: 'Text',
};

export function languageLabel(lang: string): string {
  return LANGUAGE_LABELS[lang] ?? lang.toUpperCase();
}
