import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { findHiddenCharacters, MAX_HIDDEN_CHARACTER_PROBLEMS } from './characters.ts';
import { checkContent } from './index.ts';
import { htmlCodeRanges, readGuideHtml } from './markdown-html.ts';
import { relativeFile } from './problem.ts';

// The characters are written as escapes: a reader of this file sees each one.

/** The guides' own parsers (content-checks/guide-files.ts): MDX, and plain Markdown for .md guides. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** `line:column  message` of each hidden character in a guide. */
function located(source: string): string[] {
  return findHiddenCharacters(source, parser.parse(source)).map((problem) => `${problem.line}:${problem.column}  ${problem.message}`);
}

const FRONT = '---\ntitle: "A guide"\ndescription: "With code."\n---\n';

const RLO =
  "U+202E RIGHT-TO-LEFT OVERRIDE changes the order in which the text around it is shown, so readers do not see what is there, nor what they copy: delete it (it is invisible: search for \\u202E with your editor's regular-expression search). Right-to-left text needs no control character.";
const invisible = (label: string, hex: string) =>
  `${label} in code is invisible, so what readers copy is not what they see: delete it (it is invisible: search for \\u${hex} with your editor's regular-expression search).`;
const joiner = (label: string, hex: string) =>
  `${label} in code, next to ASCII text, joins nothing and makes what readers copy differ from what they see: delete it (it is invisible: search for \\u${hex} with your editor's regular-expression search). Joiners are fine in prose, and in code between emoji or letters that need them.`;

describe('findHiddenCharacters', () => {
  it('refuses bidirectional controls anywhere: front matter, prose and code, each where it is', () => {
    const source = `---\ntitle: "Safe \u202E"\ndescription: "d"\n---\n\nRun \u2066this\u2069 now.\n\n\`\`\`sh\nrm -rf \u202E/ tmp\n\`\`\`\n`;
    expect(located(source)).toEqual([
      `2:14  ${RLO}`,
      "6:5  U+2066 LEFT-TO-RIGHT ISOLATE changes the order in which the text around it is shown, so readers do not see what is there, nor what they copy: delete it (it is invisible: search for \\u2066 with your editor's regular-expression search). Right-to-left text needs no control character.",
      "6:10  U+2069 POP DIRECTIONAL ISOLATE changes the order in which the text around it is shown, so readers do not see what is there, nor what they copy: delete it (it is invisible: search for \\u2069 with your editor's regular-expression search). Right-to-left text needs no control character.",
      `9:8  ${RLO}`,
    ]);
  });

  it('counts columns as the Markdown parser does: JavaScript characters, an emoji two', () => {
    expect(located(`${FRONT}\n😀 \u202E\n`)).toEqual([`6:4  ${RLO}`]);
  });

  it('refuses invisible characters in fenced code, inline code and HTML code elements, not in prose', () => {
    const source = [
      FRONT,
      'A soft\u00ADhyphen and a zero\u200Bwidth space in prose are fine.',
      '',
      'Run `export\u200B TOKEN=x` first, then <code>ls\u2060 -la</code>.',
      '',
      '```yaml title="config\u00AD.yml"',
      'key: value\uFEFF',
      '```',
    ].join('\n');
    expect(located(source)).toEqual([
      `8:12  ${invisible('U+200B ZERO WIDTH SPACE', '200B')}`,
      `8:43  ${invisible('U+2060 WORD JOINER', '2060')}`,
      `10:22  ${invisible('U+00AD SOFT HYPHEN', '00AD')}`,
      `11:11  ${invisible('U+FEFF ZERO WIDTH NO-BREAK SPACE', 'FEFF')}`,
    ]);
  });

  it('reads the HTML code elements of a .md guide as code too, in a block quote as well, and its prose as prose', () => {
    const source = [
      FRONT,
      'A zero\u200Bwidth space in prose is fine, and <em>in\u200Bemphasis</em> too.',
      '',
      'Run <kbd>ls\u2060 -la</kbd> first.',
      '',
      '> <pre>',
      '> echo\u200B hi',
      '> </pre>',
    ].join('\n');
    const tree = markdownParser.parse(source);
    const problems = findHiddenCharacters(source, tree, htmlCodeRanges(readGuideHtml(tree, source)));
    expect(problems.map((problem) => `${problem.line}:${problem.column}  ${problem.message}`)).toEqual([
      `8:12  ${invisible('U+2060 WORD JOINER', '2060')}`,
      `11:7  ${invisible('U+200B ZERO WIDTH SPACE', '200B')}`,
    ]);
  });

  it('allows joiners in prose and between non-ASCII characters in code, refuses them next to ASCII in code', () => {
    const source = [
      FRONT,
      'Persian: \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645; a coder: \u{1F469}\u200D\u{1F4BB}; in a word: ab\u200Dcd.',
      '',
      '```sh',
      '# \u{1F469}\u200D\u{1F4BB} \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645',
      'curl\u200D -s https://example.org/',
      'echo\u200C',
      '```',
    ].join('\n');
    expect(located(source)).toEqual([`10:5  ${joiner('U+200D ZERO WIDTH JOINER', '200D')}`, `11:5  ${joiner('U+200C ZERO WIDTH NON-JOINER', '200C')}`]);
  });

  it('refuses invisible characters in the values of sitevars, which code blocks show, and tag characters in code', () => {
    const source = `---\ntitle: "A\u200B guide"\ndescription: "d"\nsitevars:\n  subdomain-app: "app\u200B"\n---\n\n\`echo hi\u{E0061}\`\n`;
    expect(located(source)).toEqual([
      `5:22  ${invisible('U+200B ZERO WIDTH SPACE', '200B')}`,
      '8:9  U+E0061 TAG CHARACTER in code is invisible, so what readers copy is not what they see: delete it (it is invisible: your editor may show it when it highlights unusual characters).',
    ]);
  });

  it('names the first few of a block full of them, and how many more, in one pass (hang guard)', () => {
    // 300,000 of them over 30,000 lines: each one's place is found without reading the guide again.
    const lines = Array.from({ length: 30_000 }, () => `echo${'\u200B'.repeat(10)}`).join('\n');
    const problems = located(`${FRONT}\n\`\`\`sh\n${lines}\n\`\`\`\n`);
    expect(problems).toHaveLength(MAX_HIDDEN_CHARACTER_PROBLEMS + 1);
    expect(problems[0]).toBe(`7:5  ${invisible('U+200B ZERO WIDTH SPACE', '200B')}`);
    expect(problems.at(-1)).toBe(`8:14  …and ${300_000 - MAX_HIDDEN_CHARACTER_PROBLEMS} more such characters after this one: search the guide for them all.`);
  }, 20_000);

  it('finds nothing in a guide without such characters', () => {
    expect(located(`${FRONT}\nPlain text, \`code\` and \u{1F469}\u200D\u{1F4BB}.\n`)).toEqual([]);
  });
});

describe('content checks of hidden characters', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('refuse them in every guide, trusted with code or not, and leave a byte order mark at the start alone', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'sitevar-characters-'));
    folders.push(content);
    mkdirSync(path.join(content, 'guides/a'), { recursive: true });
    const guide = path.join(content, 'guides/a/trojan.mdx');
    writeFileSync(guide, `\uFEFF${FRONT}\n## Setup\n\n\`\`\`sh\nrm -rf \u202E/ tmp\n\`\`\`\n`);
    for (const trustGuideCode of [false, true]) {
      const problems = await checkContent({ contentDirectory: content, includeDrafts: false, site: { ...site, trustGuideCode } });
      expect(problems).toEqual([{ file: relativeFile(guide), line: 9, column: 8, message: RLO }]);
    }
  });
});
