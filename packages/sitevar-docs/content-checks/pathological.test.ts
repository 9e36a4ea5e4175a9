import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAndPrerender } from '../integrations/guide-prerender.ts';
import { usedVariableNames } from '../placeholders/index.ts';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { checkContext } from './context.ts';
import { mdxErrorMessage } from './guide-files.ts';
import { checkContent, checkGuideFile, type Problem } from './index.ts';
import {
  formatLimit,
  MARKUP_CHARACTERS,
  MAX_CODE_BLOCK_LINES,
  MAX_FRONT_MATTER_CHARACTERS,
  MAX_GUIDE_LINES,
  MAX_GUIDE_MARKUP,
  MAX_LINE_CHARACTERS,
  MAX_LINE_RANGES,
  MAX_NESTED_LINES,
  MAX_NESTING_DEPTH,
  MAX_PARAGRAPH_MARKUP,
  MAX_VALIDATED_CHARACTERS,
} from './limits.ts';
import { LIMIT_MESSAGES } from './pre-scan.ts';

/*
 * Guides are hostile input. Each input here made the check or the build hang, overflow the stack
 * or fail with a stack trace; generated at the size a review (or CommonMark's own pathological
 * tests) used, each must now be answered with located problems, promptly. The timeout of each is
 * a guard against a hang, not a measure: the time each takes is the benchmark's
 * (`bench/hostile-input.mjs`).
 */

const HANG_GUARD = 20_000;
const work = mkdtempSync(path.join(tmpdir(), 'sitevar-hostile-'));
const guides = path.join(work, 'guides');
mkdirSync(path.join(guides, 'a'), { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const context = checkContext(site);
const FRONT_MATTER = '---\ntitle: "Hostile"\ndescription: "Made at the size of the review."\n---\n\n';
/** The first line after `FRONT_MATTER`. */
const BODY = 6;

let written = 0;
/** Writes a guide (a new file each time, an .mdx one unless told) and returns its path. */
function guideFile(text: string, extension: '.md' | '.mdx' = '.mdx'): string {
  const file = path.join(guides, 'a', `guide-${written++}${extension}`);
  writeFileSync(file, text);
  return file;
}

/** `line:column  message` of each problem of a guide's own checks, in the order of the file. */
async function problemsOf(text: string, extension: '.md' | '.mdx' = '.mdx'): Promise<string[]> {
  const { problems } = await checkGuideFile(guideFile(text, extension), guides, context);
  return located(problems);
}

function located(problems: readonly Pick<Problem, 'line' | 'column' | 'message'>[]): string[] {
  return [...problems]
    .sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0))
    .map((problem) => `${problem.line}:${problem.column ?? ''}  ${problem.message}`);
}

/**
 * Expected problems, `[line, column, message]` each, as `problemsOf` gives them: in the order of
 * the file, those at the same place in the order written (the order the checks report them).
 */
function inFileOrder(...problems: [line: number, column: number, message: string][]): string[] {
  return located(problems.map(([line, column, message]) => ({ line, column, message })));
}

/**
 * Where the `count`-th markup character of a text is, as the bounds on markup count them: its
 * line (from 0, to add to the text's first line) and column (from 1).
 */
function markupAt(text: string, count: number): { line: number; column: number } {
  let seen = 0;
  let line = 0;
  let lineStart = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\n') {
      line++;
      lineStart = index + 1;
    } else if (MARKUP_CHARACTERS.includes(char) && ++seen === count) return { line, column: index - lineStart + 1 };
  }
  throw new Error(`The text has fewer than ${count} markup characters.`);
}

/** The column (from 1) of the `count`-th markup character of a line. */
function columnOfMarkup(line: string, count: number): number {
  return markupAt(line, count).column;
}

/** The line (from 1) and column (from 1) of the character at `offset` in a text. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

const { lineCharacters, paragraphMarkup, guideMarkup, nesting, nestedLines, guideLines, codeBlockLines } = LIMIT_MESSAGES;
/** The column of a line's first character over the bound on a line's length. */
const OVER_LINE = MAX_LINE_CHARACTERS + 1;
/** The line of the first line over the bound on a guide's length. */
const OVER_GUIDE = MAX_GUIDE_LINES + 1;
/** The column of the list or block quote marker one level too deep, on a line of `> ` or `- ` markers. */
const OVER_NESTING = 2 * MAX_NESTING_DEPTH + 1;

/** What the pre-scan says of one long line of inline markup: too long, too much for a paragraph, too much for a guide. */
function oneLineOfMarkup(line: string): string[] {
  return inFileOrder(
    [BODY, OVER_LINE, lineCharacters],
    [BODY, columnOfMarkup(line, MAX_PARAGRAPH_MARKUP + 1), paragraphMarkup],
    [BODY, columnOfMarkup(line, MAX_GUIDE_MARKUP + 1), guideMarkup],
  );
}

describe('inputs the review found', () => {
  it(
    'what MDX says of a brace after 300,000 link ends, read in time linear in the line',
    () => {
      const error = { message: 'Could not parse expression with acorn', line: 1, column: 600_002 };
      expect(mdxErrorMessage(error, `${']('.repeat(300_000)} {`)).toBe(
        'A { in text starts JavaScript in MDX, which guides cannot run: write \\{ for a brace, or put the text in `code`.',
      );
      expect(mdxErrorMessage(error, `${']('.repeat(300_000)}{{< sitevar name="domain" >}}`)).toBe(
        'A placeholder in a link address is not personalised: show the address in code instead (`https://{{< sitevar … >}}/`).',
      );
    },
    HANG_GUARD,
  );

  it(
    'an alias the old pattern took exponential time over: refused at once, at its line',
    async () => {
      const text = `---\ntitle: "Alias"\ndescription: "Slow alias."\naliases:\n  - "/${'a'.repeat(44)}?"\n---\n\nText.\n`;
      expect(await problemsOf(text)).toEqual([
        '5:5  "aliases.0": an alias is a path of this site, like /integration/openid-connect/paperless/ (no scheme, host, backslash, query or ..)',
      ]);
    },
    HANG_GUARD,
  );

  it(
    '300,000 link ends then a brace (the parser and the MDX error message were quadratic)',
    async () => {
      const line = `${']('.repeat(300_000)} {`;
      expect(await problemsOf(`${FRONT_MATTER}${line}\n`)).toEqual(oneLineOfMarkup(line));
    },
    HANG_GUARD,
  );

  it(
    'a code block marking 50,000 ranges over 100,000 lines',
    async () => {
      const text = `${FRONT_MATTER}\`\`\`yaml mark={${Array.from({ length: 50_000 }, () => '1-100000').join(',')}}\n${'\n'.repeat(100_000)}\`\`\`\n`;
      expect(await problemsOf(text)).toEqual(
        inFileOrder([BODY, OVER_LINE, lineCharacters], [BODY + MAX_CODE_BLOCK_LINES + 1, 1, codeBlockLines(BODY)], [OVER_GUIDE, 1, guideLines]),
      );
    },
    HANG_GUARD,
  );

  it(
    'ten thousand nested list items on one line',
    async () => {
      expect(await problemsOf(`${FRONT_MATTER}${'- '.repeat(10_000)}item\n`)).toEqual(
        inFileOrder([BODY, OVER_NESTING, nesting], [BODY, OVER_LINE, lineCharacters]),
      );
      // Without the item it is a thematic break, not a list: only its length is wrong.
      expect(await problemsOf(`${FRONT_MATTER}${'- '.repeat(10_000)}\n`)).toEqual(inFileOrder([BODY, OVER_LINE, lineCharacters]));
    },
    HANG_GUARD,
  );
});

/** CommonMark's pathological inputs (its test suite's), at the sizes it uses where 1 MB allows. */
const COMMONMARK: [string, string][] = [
  ['nested strong and emphasis', `${'*a **a '.repeat(65_000)}b${' a** a*'.repeat(65_000)}`],
  ['emphasis closers with no openers', 'a_ '.repeat(65_000)],
  ['emphasis openers with no closers', '_a '.repeat(65_000)],
  ['three-emphasis openers with no closers', 'a***'.repeat(65_000)],
  ['link closers with no openers', 'a]'.repeat(65_000)],
  ['link openers with no closers', '[a'.repeat(65_000)],
  ['mismatched openers and closers', '*a_ '.repeat(50_000)],
  ['openers and closers multiple of 3', `a**b${'c* '.repeat(50_000)}`],
  ['link openers and emphasis closers', '[ a_'.repeat(50_000)],
  ['[ (]( repeated', '[ (]('.repeat(80_000)],
  ['![[]() repeated', '![[]()'.repeat(160_000)],
  ['nested brackets', `${'['.repeat(50_000)}a${']'.repeat(50_000)}`],
  ['unclosed links, angle brackets', '[a](<b'.repeat(30_000)],
  ['unclosed links', '[a](b'.repeat(30_000)],
  ['unclosed HTML comments', `</${'<!--'.repeat(250_000)}`],
  ['braces (MDX expressions)', '{'.repeat(900_000)],
  ['e-mail autolinks', 'a@b.'.repeat(100_000)],
];

describe('CommonMark’s pathological inputs, on one line', () => {
  it.each(COMMONMARK)(
    '%s',
    async (_name, line) => {
      expect(await problemsOf(`${FRONT_MATTER}${line}\n`)).toEqual(oneLineOfMarkup(line));
    },
    HANG_GUARD,
  );

  it(
    'nested block quotes',
    async () => {
      // 50,000 levels on one line: too many levels, and too many lines of levels.
      expect(await problemsOf(`${FRONT_MATTER}${'> '.repeat(50_000)}a\n`)).toEqual(
        inFileOrder([BODY, 1, nestedLines], [BODY, OVER_NESTING, nesting], [BODY, OVER_LINE, lineCharacters]),
      );
    },
    HANG_GUARD,
  );

  it(
    'deeply nested lists, one level a line',
    async () => {
      const lists = Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}* a`);
      // The level one too many is on its own line; the line where 1 + 2 + … lines of levels go over
      // their bound (the 200th, with 20,100); the first line longer than the bound (the 1,000th).
      let levels = 0;
      const overNestedLines = lists.findIndex((_, level) => (levels += level + 1) > MAX_NESTED_LINES);
      const overLine = lists.findIndex((line) => line.length > MAX_LINE_CHARACTERS);
      expect(overNestedLines).toBeGreaterThan(-1);
      expect(overLine).toBeGreaterThan(-1);
      expect(await problemsOf(`${FRONT_MATTER}${lists.join('\n')}\n`)).toEqual(
        inFileOrder([BODY + MAX_NESTING_DEPTH, OVER_NESTING, nesting], [BODY + overNestedLines, 1, nestedLines], [BODY + overLine, OVER_LINE, lineCharacters]),
      );
    },
    HANG_GUARD,
  );

  it(
    'runs of backticks of every length (code spans that never close)',
    async () => {
      const line = Array.from({ length: 1400 }, (_, length) => `e${'`'.repeat(length + 1)}`).join('');
      expect(await problemsOf(`${FRONT_MATTER}${line}\n`)).toEqual(oneLineOfMarkup(line));
    },
    HANG_GUARD,
  );

  it(
    'autolink literals: only too long a line, as they hold no markup',
    async () => {
      expect(await problemsOf(`${FRONT_MATTER}${'www.a'.repeat(100_000)}\n`)).toEqual(inFileOrder([BODY, OVER_LINE, lineCharacters]));
    },
    HANG_GUARD,
  );
});

describe('the same inputs spread over lines, where each line is short', () => {
  it(
    'mismatched emphasis as one long paragraph',
    async () => {
      const body = '*a_ *a_ *a_ *a_\n'.repeat(60_000);
      // Eight markup characters a line: the 2,001st is the first of the 251st line, the 20,001st the first of the 2,501st.
      const overParagraph = markupAt(body, MAX_PARAGRAPH_MARKUP + 1);
      const overGuide = markupAt(body, MAX_GUIDE_MARKUP + 1);
      expect(await problemsOf(`${FRONT_MATTER}${body}`)).toEqual(
        inFileOrder(
          [BODY + overParagraph.line, overParagraph.column, paragraphMarkup],
          [BODY + overGuide.line, overGuide.column, guideMarkup],
          [OVER_GUIDE, 1, guideLines],
        ),
      );
    },
    HANG_GUARD,
  );

  it(
    'a table of 10,000 columns and one of 50,000 rows',
    async () => {
      const columns = `${'|a'.repeat(10_000)}|\n${'|-'.repeat(10_000)}|\n${'|b'.repeat(10_000)}|\n`;
      // 10,001 bars a line: the 2,001st is the 4,001st character, the 20,001st the 19,999th of the second line.
      const overColumns = markupAt(columns, MAX_PARAGRAPH_MARKUP + 1);
      const overColumnsGuide = markupAt(columns, MAX_GUIDE_MARKUP + 1);
      expect(await problemsOf(`${FRONT_MATTER}${columns}`)).toEqual(
        inFileOrder(
          [BODY, OVER_LINE, lineCharacters],
          [BODY + overColumns.line, overColumns.column, paragraphMarkup],
          [BODY + overColumnsGuide.line, overColumnsGuide.column, guideMarkup],
        ),
      );
      const rows = `|a|b|\n|-|-|\n${'|c|d|\n'.repeat(50_000)}`;
      // Six bars in the head, three a row: the 2,001st is the last of the 665th row, the 20,001st the last of the 6,665th.
      const overRows = markupAt(rows, MAX_PARAGRAPH_MARKUP + 1);
      const overRowsGuide = markupAt(rows, MAX_GUIDE_MARKUP + 1);
      expect(await problemsOf(`${FRONT_MATTER}${rows}`)).toEqual(
        inFileOrder(
          [BODY + overRows.line, overRows.column, paragraphMarkup],
          [BODY + overRowsGuide.line, overRowsGuide.column, guideMarkup],
          [OVER_GUIDE, 1, guideLines],
        ),
      );
    },
    HANG_GUARD,
  );

  it(
    'elements nested 10,000 deep, a tag a line',
    async () => {
      const body = `${'<div>\n'.repeat(10_000)}a\n${'</div>\n'.repeat(10_000)}`;
      // A tag a line, each one markup character (its <), all one paragraph: the 2,001st is on the 2,001st line.
      const overParagraph = markupAt(body, MAX_PARAGRAPH_MARKUP + 1);
      expect(await problemsOf(`${FRONT_MATTER}${body}`)).toEqual(
        inFileOrder(
          [BODY + MAX_NESTING_DEPTH, '<div>'.length, nesting],
          [BODY + overParagraph.line, overParagraph.column, paragraphMarkup],
          [OVER_GUIDE, 1, guideLines],
        ),
      );
    },
    HANG_GUARD,
  );

  it(
    'elements nested 10,000 deep on one line',
    async () => {
      const line = `${'<div>'.repeat(10_000)}a${'</div>'.repeat(10_000)}`;
      // The 33rd tag ends at the 165th character, the 2,001st starts at the 10,001st; 20,000 markup
      // characters (a < a tag) are within the guide's bound.
      expect([...line].filter((char) => MARKUP_CHARACTERS.includes(char)).length).toBeLessThanOrEqual(MAX_GUIDE_MARKUP);
      expect(await problemsOf(`${FRONT_MATTER}${line}\n`)).toEqual(
        inFileOrder(
          [BODY, '<div>'.length * (MAX_NESTING_DEPTH + 1), nesting],
          [BODY, OVER_LINE, lineCharacters],
          [BODY, columnOfMarkup(line, MAX_PARAGRAPH_MARKUP + 1), paragraphMarkup],
        ),
      );
    },
    HANG_GUARD,
  );

  it(
    'an element with 100,000 attributes, and a comment of 900,000 characters',
    async () => {
      expect(await problemsOf(`${FRONT_MATTER}<div ${'a="b" '.repeat(100_000)}/>\n`)).toEqual(inFileOrder([BODY, OVER_LINE, lineCharacters]));
      expect(await problemsOf(`${FRONT_MATTER}{/* ${'x'.repeat(900_000)} */}\n`)).toEqual(inFileOrder([BODY, OVER_LINE, lineCharacters]));
    },
    HANG_GUARD,
  );

  it(
    'emphasis nested deeper than the scan sees, found in the tree',
    async () => {
      // `*a **a ` opens two levels, emphasis (at its first character) then strong (at its fourth).
      const depth = MAX_NESTING_DEPTH + 8;
      const levelOver = MAX_NESTING_DEPTH + 1;
      const column = 7 * Math.floor((levelOver - 1) / 2) + (levelOver % 2 === 1 ? 1 : 4);
      expect(await problemsOf(`${FRONT_MATTER}${'*a **a '.repeat(depth)}b${' a** a*'.repeat(depth)}\n`)).toEqual(inFileOrder([BODY, column, nesting]));
    },
    HANG_GUARD,
  );

  it(
    'elements nested 1,900 deep, where code spans over two lines fool the scan, found in the tree',
    async () => {
      // Each `</div>` the scan reads as a closing tag is code (the span began on the line before).
      const levels = '<div>\n`a\n</div>`\n\n'.repeat(1_900);
      const closings = `${'</div>'.repeat(190)}\n\n`.repeat(10);
      expect(await problemsOf(`${FRONT_MATTER}${levels}${closings}`)).toEqual(inFileOrder([BODY + 4 * MAX_NESTING_DEPTH, 1, nesting]));
    },
    HANG_GUARD,
  );

  it(
    '500,000 lines',
    async () => {
      expect(await problemsOf(`${FRONT_MATTER}${'a\n'.repeat(500_000)}`)).toEqual(inFileOrder([OVER_GUIDE, 1, guideLines]));
    },
    HANG_GUARD,
  );
});

describe('front matter', () => {
  const frontMatter = (yaml: string) => `---\ntitle: "Front matter"\ndescription: "Hostile YAML."\n${yaml}\n---\n\nText.\n`;
  /** Where in a guide its front matter's first character over the bound is (the front matter starts after `---\n`). */
  const overFrontMatter = (guide: string) => positionOf(guide, '---\n'.length + MAX_FRONT_MATTER_CHARACTERS);

  it(
    'flow collections nested 100,000 deep, and as deep as a line allows',
    async () => {
      const brackets = frontMatter(`support: ${'['.repeat(100_000)}`);
      // On line 4, after the title and description (22 and 29 characters).
      const over = overFrontMatter(brackets);
      expect(over.line).toBe(4);
      expect(await problemsOf(brackets)).toEqual(inFileOrder([4, OVER_LINE, lineCharacters], [over.line, over.column, LIMIT_MESSAGES.frontMatterCharacters]));
      // The front matter's mapping is the first level: the 32nd bracket is the 33rd.
      expect(await problemsOf(frontMatter(`support: ${'['.repeat(1_000)}${']'.repeat(900)}`))).toEqual(
        inFileOrder([
          4,
          'support: '.length + MAX_NESTING_DEPTH,
          `The front matter nests lists and mappings more than ${MAX_NESTING_DEPTH} levels deep, the most it may: its settings are two levels deep at most.`,
        ]),
      );
    },
    HANG_GUARD,
  );

  it(
    'a key of 100,000 characters, and 100,000 keys',
    async () => {
      const key = frontMatter(`${'k'.repeat(100_000)}: 1`);
      const overKey = overFrontMatter(key);
      expect(overKey.line).toBe(4);
      expect(await problemsOf(key)).toEqual(inFileOrder([4, OVER_LINE, lineCharacters], [overKey.line, overKey.column, LIMIT_MESSAGES.frontMatterCharacters]));
      const keys = frontMatter(Array.from({ length: 100_000 }, (_, index) => `k${index}: 1`).join('\n'));
      // After the title and description (51 characters), k0 to k999 take 7,890 characters and 228
      // more keys of nine 2,052: the 10,001st is the 8th of the next key's line, line 1,232.
      const overKeys = overFrontMatter(keys);
      expect(await problemsOf(keys)).toEqual(inFileOrder([overKeys.line, overKeys.column, LIMIT_MESSAGES.frontMatterCharacters], [OVER_GUIDE, 1, guideLines]));
    },
    HANG_GUARD,
  );

  it(
    'a key given twice among 1,000',
    async () => {
      const keys = Array.from({ length: 1_000 }, (_, index) => `k${index}: 1`).join('\n');
      expect(await problemsOf(frontMatter(`${keys}\nk0: 2`))).toEqual(['1004:1  The front matter has this key twice: Map keys must be unique']);
    },
    HANG_GUARD,
  );
});

describe('code blocks', () => {
  it(
    'a YAML mapping of 70,000 keys, one of them twice, found in one pass (the library compared every pair)',
    async () => {
      const keys = Array.from({ length: 70_000 }, (_, index) => `k${index}: 0`);
      const lines = Array.from({ length: 100 }, (_, line) => `  ${keys.slice(line * 700, (line + 1) * 700).join(', ')}`);
      const text = `${FRONT_MATTER}\`\`\`yaml\na: {\n${lines.join(',\n')},\n  k5: 1}\n\`\`\`\n`;
      // The fence, `a: {`, 100 lines of keys, then the key given again.
      expect(await problemsOf(text)).toEqual([
        `${BODY + 102}:1  The YAML block does not parse with the default values: Map keys must be unique (add novalidate to the fence if the block is deliberately partial).`,
      ]);
    },
    HANG_GUARD,
  );

  it(
    'YAML blocks too large to parse with every set of test values',
    async () => {
      const block = `\`\`\`yaml\n${Array.from({ length: 4_000 }, (_, index) => `key_${index}: [value, {a: 1, b: "{{< sitevar name="domain" >}}"}]`).join('\n')}\n\`\`\`\n`;
      expect(await problemsOf(`${FRONT_MATTER}${block}`)).toEqual([
        `${BODY}:1  The YAML, JSON, TOML and env blocks of this guide come to more than ${formatLimit(MAX_VALIDATED_CHARACTERS)} characters to check, each block counted once for every set of test values that changes it: the most the check reads for one guide. Split the guide, or mark long excerpts novalidate.`,
      ]);
    },
    HANG_GUARD,
  );

  it(
    'more ranges in a fence’s meta than a fence may mark',
    async () => {
      const marked = Array.from({ length: MAX_LINE_RANGES + 50 }, (_, index) => index + 1).join(',');
      const text = `${FRONT_MATTER}\`\`\`yaml mark={${marked}}\na: 1\n\`\`\`\n`;
      expect(await problemsOf(text)).toEqual([
        `${BODY}:1  Code block meta "mark={${marked}}": mark: more than ${MAX_LINE_RANGES} lines or ranges of lines, the most a fence may mark this way: mark fewer, longer ranges.`,
      ]);
    },
    HANG_GUARD,
  );
});

describe('names an author writes', () => {
  it(
    '520 <SiteVar> names of 1,900 characters each (suggesting a name for each was slow)',
    async () => {
      const name = 'a'.repeat(1_900);
      const problems = await problemsOf(`${FRONT_MATTER}${`<SiteVar name="${name}" />\n\n`.repeat(520)}`);
      expect(problems).toHaveLength(520);
      expect(problems[0]).toBe(
        `${BODY}:1  <SiteVar>: Unknown site variable "${name}". Known variables: domain, subdomain-authelia, host, port, tls, subdomain-authentik, authentik-slug, proxy, portal-url, subdomain-app, client-id, client-secret, client-secret-digest.`,
      );
    },
    HANG_GUARD,
  );

  it(
    'the variables of 100,000 <SiteVar tags that never close, as the build’s loader reads them',
    () => {
      expect(usedVariableNames(`${'<SiteVar \n'.repeat(100_000)}<SiteVar name="domain" />`)).toEqual(new Set(['domain']));
    },
    HANG_GUARD,
  );
});

describe('the build’s rendering of a guide that passes', () => {
  const prerender = { partsDirectory: path.join(work, 'parts'), engine: 'hostile-input' };

  it(
    'colours lines of code up to a bound, so a grammar cannot take quadratic time over long ones',
    async () => {
      const block = `\`\`\`python novalidate\n${`a = "b${'x\\"y(z[{<'.repeat(900)}\n`.repeat(95)}\`\`\`\n`;
      const [report] = await checkAndPrerender([guideFile(`${FRONT_MATTER}${block}`)], guides, site, prerender);
      expect(report?.problems).toEqual([]);
      expect(report?.rendered).toBeDefined();
    },
    HANG_GUARD,
  );

  it(
    'writes a guide’s default into a placeholder with long runs of spaces',
    async () => {
      const text = `---\ntitle: "Defaults"\ndescription: "A guide's own default."\nsitevars:\n  subdomain-app: "files"\n---\n\n\`\`\`text\n${`{{< sitevar${' '.repeat(9_000)}name="subdomain-app" >}}\n`.repeat(100)}\`\`\`\n`;
      const [report] = await checkAndPrerender([guideFile(text)], guides, site, prerender);
      expect(report?.problems).toEqual([]);
      expect(report?.rendered).toBeDefined();
    },
    HANG_GUARD,
  );

  it(
    'reports a guide the engine fails to render as the engine’s fault, at the guide, never a stack trace',
    async () => {
      // Parts written where a file is in the way: the rendering fails, as an engine fault would.
      const blocked = path.join(work, 'blocked');
      writeFileSync(blocked, '');
      const file = guideFile(`${FRONT_MATTER}Text.\n`);
      const [report] = await checkAndPrerender([file], guides, site, { partsDirectory: path.join(blocked, 'parts'), engine: 'blocked' });
      expect(report?.engineFault).toBe(true);
      expect(report?.problems).toEqual([
        {
          file: expect.stringMatching(/guide-\d+\.mdx$/),
          line: 1,
          message: expect.stringMatching(
            /^Rendering this guide failed, though it passed every check: that is a fault of the engine \(sitevar-docs\), not of the guide, and worth reporting with the guide attached\. \(Error: ENOTDIR: .+\)$/,
          ),
        },
      ]);
    },
    HANG_GUARD,
  );
});

describe('plain Markdown guides, whose HTML the page parses', () => {
  it(
    'elements nested 10,000 deep in an HTML block, behind what would be a code fence in prose',
    async () => {
      // In an HTML block a fence is HTML: CommonMark hands every line to the HTML parser, whose
      // time grows with the square of the depth. The scan reads the block as HTML too.
      const line = '<div>'.repeat(2_000);
      const body = `<div>\n\`\`\`\n${`${line}\n`.repeat(5)}\`\`\`\n</div>\n`;
      const overParagraph = markupAt(body, MAX_PARAGRAPH_MARKUP + 1);
      expect(await problemsOf(`${FRONT_MATTER}${body}`, '.md')).toEqual(
        inFileOrder(
          [BODY + 2, '<div>'.length * MAX_NESTING_DEPTH, nesting],
          [BODY + 2, OVER_LINE, lineCharacters],
          [BODY + overParagraph.line, overParagraph.column, paragraphMarkup],
        ),
      );
    },
    HANG_GUARD,
  );

  it(
    'a thousand line breaks, images and autolinks, which nest nothing, pass',
    async () => {
      const body = `${'Line<br>\n<img src="a.png" alt="a"> at <https://example.org/> and <me@example.org>.\n\n'.repeat(500)}`;
      expect(await problemsOf(`${FRONT_MATTER}${body}`, '.md')).toEqual([]);
    },
    HANG_GUARD,
  );
});

describe('the committed hostile guides, which passed the check and failed the build with a stack trace', () => {
  const FIXTURE = 'packages/sitevar-docs/content-checks/fixtures/hostile-input';

  it(
    'are each refused at their line and column, with what to do instead',
    async () => {
      const problems = await checkContent({ contentDirectory: FIXTURE, includeDrafts: false, site });
      expect(problems.map((problem) => `${problem.file.replace(`${FIXTURE}/guides/`, '')}:${problem.line}:${problem.column}  ${problem.message}`)).toEqual([
        'addresses/image-address.mdx:5:5  "images.0": use an http(s) address or a path of this site',
        'addresses/malformed-escape.mdx:6:5  Broken link: "#%zz" has a % that does not start an escape such as %20 (write %25 for a percent sign).',
        'aliases/encoded-dot-segments.mdx:5:5  "aliases.0": "%2e%2e" is .. once decoded: an alias cannot step out of a folder with . or ..',
        'aliases/headers-file.mdx:5:5  "aliases.0": /_headers/ is reserved: names that start with _ are the build’s (_astro) and the host’s (_headers, _redirects)',
        'aliases/search-index.mdx:5:5  "aliases.0": /pagefind/ is the search index’s folder: an alias there would take its place, or fail the build',
        'components/callout-member.mdx:8:1  Unknown component <Callout.Foo>. Did you mean <Callout>? Guides can use <SiteVar>, <SiteVarPreferences>, <Callout>, <Tabs>, <Tab>, <OidcCommon> without importing them.',
      ]);
    },
    HANG_GUARD,
  );
});
