import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
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
import { LIMIT_MESSAGES, scanGuideText } from './pre-scan.ts';
import { tooDeeplyNested } from './tree-depth.ts';

const FRONT_MATTER = '---\ntitle: "A guide"\ndescription: "For the scan."\n---\n\n';
/** The first line after the front matter above. */
const FIRST = 6;
const scan = (body: string) => scanGuideText(`${FRONT_MATTER}${body}`);

/** `*a` pairs a line in `markup`: 600 characters, well within the bound on a line. */
const PAIRS_A_LINE = 300;
/** `count` markup characters (each the `*` of an `*a`), as one paragraph of lines of `PAIRS_A_LINE` pairs. */
const markup = (count: number) =>
  Array.from({ length: Math.ceil(count / PAIRS_A_LINE) }, (_, line) => '*a'.repeat(Math.min(PAIRS_A_LINE, count - line * PAIRS_A_LINE))).join('\n');
/** Where the `count`-th markup character of `markup(count)` is: its line (from 0) and column. */
const markupAt = (count: number) => ({ line: Math.floor((count - 1) / PAIRS_A_LINE), column: 2 * ((count - 1) % PAIRS_A_LINE) + 1 });

describe('scanGuideText', () => {
  it('passes every guide of the fixtures that are meant to parse', () => {
    const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
    const guides = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx') && !file.startsWith('hostile-input'));
    expect(guides.length).toBeGreaterThan(10);
    for (const guide of guides) expect(scanGuideText(readFileSync(path.join(fixtures, guide), 'utf8')), guide).toEqual([]);
  });

  it('refuses a line of prose over the bound, at the column that goes over, and counts lines as Markdown does', () => {
    expect(scan(`${'word '.repeat(Math.ceil(MAX_LINE_CHARACTERS / 4))}\n`)).toEqual([
      { line: FIRST, column: MAX_LINE_CHARACTERS + 1, message: LIMIT_MESSAGES.lineCharacters },
    ]);
    expect(scanGuideText(`${FRONT_MATTER.replaceAll('\n', '\r\n')}a\r\nb\r${'x'.repeat(MAX_LINE_CHARACTERS + 1)}`)).toEqual([
      { line: FIRST + 2, column: MAX_LINE_CHARACTERS + 1, message: LIMIT_MESSAGES.lineCharacters },
    ]);
  });

  it('lets lines of code be longer, up to their own bound', () => {
    expect(scan(`\`\`\`text\n${'x'.repeat(MAX_CODE_LINE_CHARACTERS)}\n\`\`\`\n`)).toEqual([]);
    expect(scan(`\`\`\`text\n${'x'.repeat(MAX_CODE_LINE_CHARACTERS + 1)}\n\`\`\`\n`)).toEqual([
      { line: FIRST + 1, column: MAX_CODE_LINE_CHARACTERS + 1, message: LIMIT_MESSAGES.codeLineCharacters },
    ]);
  });

  it('bounds the lines of a guide and of a code block, naming where the block starts', () => {
    expect(scan('a\n'.repeat(MAX_GUIDE_LINES))).toEqual([{ line: MAX_GUIDE_LINES + 1, column: 1, message: LIMIT_MESSAGES.guideLines }]);
    expect(scan(`Text.\n\n~~~yaml\n${'a: 1\n'.repeat(MAX_CODE_BLOCK_LINES + 1)}~~~\n`)).toEqual([
      { line: FIRST + 3 + MAX_CODE_BLOCK_LINES, column: 1, message: LIMIT_MESSAGES.codeBlockLines(FIRST + 2) },
    ]);
  });

  it('counts markup in a paragraph, from blank line to blank line, outside fenced code', () => {
    expect(scan(`${markup(MAX_PARAGRAPH_MARKUP)}\n\n${markup(MAX_PARAGRAPH_MARKUP)}\n`)).toEqual([]);
    // Four markup characters a line, as many lines as the bound: four times what a paragraph may have.
    expect(scan(`\`\`\`yaml\n${'- [a_b, "*"]\n'.repeat(MAX_PARAGRAPH_MARKUP)}\`\`\`\n`)).toEqual([]);
    // Lines without a blank one between are one paragraph, however they are split.
    const over = markupAt(MAX_PARAGRAPH_MARKUP + 1);
    expect(over.line).toBeGreaterThan(0);
    expect(scan(`${markup(MAX_PARAGRAPH_MARKUP + 1)}\n`)).toEqual([{ line: FIRST + over.line, column: over.column, message: LIMIT_MESSAGES.paragraphMarkup }]);
  });

  it('passes a reference table as large as real guides have: 100 rows of code, a link and emphasis', () => {
    const rows = Array.from(
      { length: 100 },
      (_, row) => `| \`option_${row}\` | \`value-${row}\` | [Option ${row}](https://example.org/${row}) | _Since ${row}_ |`,
    );
    const table = `| Option | Default | Reference | Notes |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
    // Sixteen markup characters a row (five bars, four backticks, the _ in code, a link's four brackets, two underscores).
    expect([...table].filter((char) => MARKUP_CHARACTERS.includes(char))).toHaveLength(10 + 16 * 100);
    expect(scan(`Every option:\n\n${table}\nThat is all.\n`)).toEqual([]);
  });

  it('counts markup over the whole guide', () => {
    const brackets = 150;
    const paragraph = `${'[a]'.repeat(brackets)}\n\n`;
    const paragraphs = Math.ceil((MAX_GUIDE_MARKUP + 1) / (2 * brackets));
    const problems = scan(paragraph.repeat(paragraphs));
    expect(problems).toEqual([{ line: FIRST + (paragraphs - 1) * 2, column: expect.any(Number), message: LIMIT_MESSAGES.guideMarkup }]);
  });

  it('follows the depth of block quotes, lists, and elements, and points at the level too many', () => {
    expect(scan(`${'> '.repeat(MAX_NESTING_DEPTH)}a\n`)).toEqual([]);
    expect(scan(`${'> '.repeat(MAX_NESTING_DEPTH + 1)}a\n`)).toEqual([{ line: FIRST, column: 2 * MAX_NESTING_DEPTH + 1, message: LIMIT_MESSAGES.nesting }]);
    expect(scan(`${'- '.repeat(MAX_NESTING_DEPTH + 1)}a\n`)).toEqual([{ line: FIRST, column: 2 * MAX_NESTING_DEPTH + 1, message: LIMIT_MESSAGES.nesting }]);
    const indented = Array.from({ length: MAX_NESTING_DEPTH + 1 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n');
    expect(scan(indented)).toEqual([{ line: FIRST + MAX_NESTING_DEPTH, column: 2 * MAX_NESTING_DEPTH + 1, message: LIMIT_MESSAGES.nesting }]);
    expect(scan(`${'<div>'.repeat(MAX_NESTING_DEPTH + 1)}a${'</div>'.repeat(MAX_NESTING_DEPTH + 1)}\n`)).toEqual([
      { line: FIRST, column: 5 * (MAX_NESTING_DEPTH + 1), message: LIMIT_MESSAGES.nesting },
    ]);
  });

  it('does not take for nesting what is not: thematic breaks, closed and self-closing elements, elements in code spans', () => {
    expect(scan(`${'- '.repeat(400)}\n\n${'* '.repeat(400)}\n`)).toEqual([]);
    expect(scan('<SiteVar name="domain" /> and <kbd>Ctrl</kbd>. '.repeat(40))).toEqual([]);
    expect(scan('Write `<div>` or ``<Callout `a`>`` for that. '.repeat(40))).toEqual([]);
    expect(scan('<Callout\n  title="a > b"\n>\n\nText.\n\n</Callout>\n\n'.repeat(40))).toEqual([]);
  });

  it('ends a code block where its list item ends, so what follows is read as prose', () => {
    const long = 'x'.repeat(MAX_LINE_CHARACTERS + 1);
    const afterList = `- item\n\n  \`\`\`text\n  code\n${long}\n`;
    expect(scan(afterList)).toEqual([{ line: FIRST + 4, column: MAX_LINE_CHARACTERS + 1, message: LIMIT_MESSAGES.lineCharacters }]);
    const inQuote = `> \`\`\`text\n> code\n${long}\n`;
    expect(scan(inQuote)).toEqual([{ line: FIRST + 2, column: MAX_LINE_CHARACTERS + 1, message: LIMIT_MESSAGES.lineCharacters }]);
    // A line of backticks with a backtick after it is no fence: the text after it is prose.
    expect(scan(`\`\`\`a\`\n${long}\n`)).toEqual([{ line: FIRST + 1, column: MAX_LINE_CHARACTERS + 1, message: LIMIT_MESSAGES.lineCharacters }]);
  });

  it('counts every line of a list or block quote once for each level it is in', () => {
    const line = `${'> '.repeat(10)}a\n`;
    const lines = Math.floor(MAX_NESTED_LINES / 10);
    expect(scan(line.repeat(lines))).toEqual([]);
    expect(scan(line.repeat(lines + 1))).toEqual([{ line: FIRST + lines, column: 1, message: LIMIT_MESSAGES.nestedLines }]);
  });

  it('bounds the front matter, which it reads apart from the Markdown', () => {
    // Lines of 999 characters and a line ending, 1,000 in all, from line 2 on: the character one
    // over the bound is the last line's (MAX_FRONT_MATTER_CHARACTERS % 1,000 + 1)th.
    const settings = Array.from(
      { length: Math.floor(MAX_FRONT_MATTER_CHARACTERS / 1000) + 2 },
      (_, index) => `k${String(index).padStart(2, '0')}: "${'v'.repeat(992)}"`,
    );
    expect(scanGuideText(`---\n${settings.join('\n')}\n---\n\nText.\n`)).toEqual([
      {
        line: 2 + Math.floor(MAX_FRONT_MATTER_CHARACTERS / 1000),
        column: (MAX_FRONT_MATTER_CHARACTERS % 1000) + 1,
        message: LIMIT_MESSAGES.frontMatterCharacters,
      },
    ]);
    // Lines of exactly the bound, line endings between them included: the character over it is a line ending,
    // and the next line's start is shown (columns count from 1).
    const lines = MAX_FRONT_MATTER_CHARACTERS / 1000;
    const exact = Array.from({ length: lines }, (_, index) => `k${String(index).padStart(2, '0')}: "${'v'.repeat(index === lines - 1 ? 993 : 992)}"`);
    expect(scanGuideText(`---\n${exact.join('\n')}\nb: 1\n---\n\nText.\n`)).toEqual([
      { line: 2 + MAX_FRONT_MATTER_CHARACTERS / 1000, column: 1, message: LIMIT_MESSAGES.frontMatterCharacters },
    ]);
    expect(scanGuideText(`---\ntitle: "${'t'.repeat(MAX_LINE_CHARACTERS)}"\n---\n\nText.\n`)).toEqual([
      { line: 2, column: MAX_LINE_CHARACTERS + 1, message: LIMIT_MESSAGES.lineCharacters },
    ]);
    // Never closed, it is no front matter: its lines are read as Markdown (one paragraph, from the title on).
    const over = markupAt(MAX_PARAGRAPH_MARKUP + 1);
    expect(scanGuideText(`---\ntitle: "A"\n${markup(MAX_PARAGRAPH_MARKUP + 1)}\n`)).toEqual([
      { line: 3 + over.line, column: over.column, message: LIMIT_MESSAGES.paragraphMarkup },
    ]);
  });
});

describe('scanGuideText of a plain Markdown guide (.md)', () => {
  const scanMarkdown = (body: string) => scanGuideText(`${FRONT_MATTER}${body}`, 'md');
  const longCode = `\`\`\`text\n${'x'.repeat(MAX_LINE_CHARACTERS + 1)}\n\`\`\`\n`;

  it('passes every .md guide of the fixtures', () => {
    const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
    const guides = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    expect(guides.length).toBeGreaterThan(3);
    for (const guide of guides) expect(scanGuideText(readFileSync(path.join(fixtures, guide), 'utf8'), 'md'), guide).toEqual([]);
  });

  it('reads { and a < that starts no tag as text, so a code block after them is code', () => {
    expect(scanMarkdown(`A map {a: 1 and x<y then.\n\n${longCode}`)).toEqual([]);
    expect(scanMarkdown(`A tag <a title="open\n${longCode}`)).toEqual([]);
    // MDX reads the brace as the start of an expression, which runs on.
    expect(scan(`A map {a: 1.\n\n${longCode}`)).not.toEqual([]);
  });

  it('does not take for nesting what nests nothing in HTML: void elements and autolinks', () => {
    expect(scanMarkdown('Line<br> <img src="a.png" alt="a"> <hr> <https://example.org/> <me@example.org>.\n'.repeat(40))).toEqual([]);
    expect(scanMarkdown(`${'<div>'.repeat(MAX_NESTING_DEPTH + 1)}a${'</div>'.repeat(MAX_NESTING_DEPTH + 1)}\n`)).toEqual([
      { line: FIRST, column: 5 * (MAX_NESTING_DEPTH + 1), message: LIMIT_MESSAGES.nesting },
    ]);
  });

  it('reads the lines of an HTML block as HTML, a fence among them too, until the blank line that ends it', () => {
    const deep = `<div>\n\`\`\`\n${'<div>'.repeat(MAX_NESTING_DEPTH)}\n\`\`\`\n</div>\n`;
    expect(scanMarkdown(deep)).toEqual([{ line: FIRST + 2, column: 5 * MAX_NESTING_DEPTH, message: LIMIT_MESSAGES.nesting }]);
    expect(scanMarkdown(`<div>\n\n${longCode}</div>\n`)).toEqual([]);
    // A comment runs over blank lines, to its end.
    expect(scanMarkdown(`<!--\n\n${longCode}-->\n`)).toEqual([{ line: FIRST + 3, column: MAX_LINE_CHARACTERS + 1, message: LIMIT_MESSAGES.lineCharacters }]);
  });
});

describe('tooDeeplyNested', () => {
  const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text);

  it('finds the first node nested too deeply, where the scan cannot see it (emphasis in emphasis)', () => {
    // `*a **a ` opens two levels, emphasis (at its first character) then strong (at its fourth):
    // with a bound of 32, the 33rd level is the `*` of the 17th.
    const node = tooDeeplyNested(parse(`${'*a **a '.repeat(MAX_NESTING_DEPTH)}b${' a** a*'.repeat(MAX_NESTING_DEPTH)}\n`));
    const levelOver = MAX_NESTING_DEPTH + 1;
    expect(node?.type).toBe(levelOver % 2 === 1 ? 'emphasis' : 'strong');
    expect(node?.position?.start).toMatchObject({ line: 1, column: 7 * Math.floor((levelOver - 1) / 2) + (levelOver % 2 === 1 ? 1 : 4) });
  });

  it('passes a tree as deep as a guide may be', () => {
    expect(tooDeeplyNested(parse(`${'> '.repeat(MAX_NESTING_DEPTH)}a\n`))).toBeUndefined();
    expect(tooDeeplyNested(parse(`${'> '.repeat(MAX_NESTING_DEPTH + 1)}a\n`))?.type).toBe('blockquote');
  });
});
