// Hostile guides through the content check of one guide, in this process: the inputs of the
// engine's pathological tests (packages/sitevar-docs/content-checks/pathological.test.ts) at the
// sizes a review and CommonMark's own pathological tests used, and the largest guides the bounds
// (content-checks/limits.ts) still accept, which are the slowest a guide can be checked. Each must
// be answered, problems or none, within a couple of seconds. `node bench/hostile-input.mjs` prints them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const ENGINE = fileURLToPath(new URL('../packages/sitevar-docs/', import.meta.url));
const FRONT_MATTER = '---\ntitle: "Hostile"\ndescription: "Made at the size of the review."\n---\n\n';

/** A guide: the front matter above, then `body`. */
const guide = (body) => `${FRONT_MATTER}${body}\n`;

/** Name and text of each input, made when it is run (some are near a megabyte). */
const INPUTS = [
  ['alias the old pattern took a minute over', () => `---\ntitle: "Alias"\ndescription: "Slow alias."\naliases:\n  - "/${'a'.repeat(44)}?"\n---\n\nText.\n`],
  ['300,000 link ends, then a brace', () => guide(`${']('.repeat(300_000)} {`)],
  [
    'mark={…} of 50,000 ranges over 100,000 lines',
    () => `${FRONT_MATTER}\`\`\`yaml mark={${Array(50_000).fill('1-100000').join(',')}}\n${'\n'.repeat(100_000)}\`\`\`\n`,
  ],
  ['10,000 nested list items on one line', () => guide(`${'- '.repeat(10_000)}item`)],
  ['nested strong and emphasis (CommonMark)', () => guide(`${'*a **a '.repeat(65_000)}b${' a** a*'.repeat(65_000)}`)],
  ['emphasis closers with no openers', () => guide('a_ '.repeat(65_000))],
  ['emphasis openers with no closers', () => guide('_a '.repeat(65_000))],
  ['mismatched openers and closers', () => guide('*a_ '.repeat(50_000))],
  ['link closers with no openers', () => guide('a]'.repeat(65_000))],
  ['link openers and emphasis closers', () => guide('[ a_'.repeat(50_000))],
  ['[ (]( repeated', () => guide('[ (]('.repeat(80_000))],
  ['nested brackets', () => guide(`${'['.repeat(50_000)}a${']'.repeat(50_000)}`)],
  ['nested block quotes', () => guide(`${'> '.repeat(50_000)}a`)],
  ['deeply nested lists', () => guide(Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}* a`).join('\n'))],
  ['unclosed links', () => guide('[a](<b'.repeat(30_000))],
  ['backtick runs of every length', () => guide(Array.from({ length: 1400 }, (_, length) => `e${'`'.repeat(length + 1)}`).join(''))],
  ['unclosed HTML comments', () => guide(`</${'<!--'.repeat(250_000)}`)],
  ['table of 50,000 rows', () => guide(`|a|b|\n|-|-|\n${'|c|d|\n'.repeat(50_000)}`)],
  ['elements nested 10,000 deep', () => guide(`${'<div>\n'.repeat(10_000)}a\n${'</div>\n'.repeat(10_000)}`)],
  ['an element with 100,000 attributes', () => guide(`<div ${'a="b" '.repeat(100_000)}/>`)],
  ['900,000 braces', () => guide('{'.repeat(900_000))],
  ['front matter nested 100,000 deep', () => `---\ntitle: "A"\ndescription: "B"\nsupport: ${'['.repeat(100_000)}\n---\n\nText.\n`],
  [
    'front matter of 100,000 keys',
    () => `---\ntitle: "A"\ndescription: "B"\n${Array.from({ length: 100_000 }, (_, index) => `k${index}: 1`).join('\n')}\n---\n\nText.\n`,
  ],
  [
    'YAML block of 70,000 keys',
    () =>
      `${FRONT_MATTER}\`\`\`yaml\na: {\n${Array.from({ length: 100 }, (_, line) => `  ${Array.from({ length: 700 }, (_, key) => `k${line * 700 + key}: 0`).join(', ')}`).join(',\n')}\n  }\n\`\`\`\n`,
  ],
  ['520 <SiteVar> names of 1,900 characters', () => guide(`<SiteVar name="${'a'.repeat(1_900)}" />\n\n`.repeat(520))],
  // The largest guides the bounds accept: what a guide costs at worst.
  [
    'largest accepted: 6,000 list items of 26 words',
    () => guide(`- ${'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu '.repeat(2)}\n`.repeat(6_000)),
  ],
  ['largest accepted: 1 MB of prose', () => guide(`${'Lorem ipsum dolor sit amet consectetur adipiscing elit. '.repeat(16)}\n\n`.repeat(1_050))],
  [
    'largest accepted: 10 paragraphs of 2,000 mismatched markers',
    () => guide(`${Array(4).fill('*a_ '.repeat(250)).join('\n')}\n${`${'word '.repeat(399)}\n`.repeat(10)}\n`.repeat(10)),
  ],
  ['largest accepted: 41 tables of 160 rows', () => guide(`|a|b|\n|-|-|\n${'|c|d|\n'.repeat(160)}\n`.repeat(41))],
  ['largest accepted: block quotes 31 deep, 640 lines', () => guide(`${'> '.repeat(31)}a\n`.repeat(640))],
  [
    'largest accepted: YAML blocks at the validation budget',
    () =>
      guide(`\`\`\`yaml\n${Array.from({ length: 3_000 }, (_, index) => `key_${index}: [value, {a: 1, b: "{{< sitevar name="port" >}}"}]`).join('\n')}\n\`\`\``),
  ],
];

/** Runs each input through the check of one guide; returns each one's time, and how many problems it has. */
export async function benchHostileInputs() {
  const { module: checks } = await runnerImport(path.join(ENGINE, 'content-checks/index.ts'));
  const { module: fixtures } = await runnerImport(path.join(ENGINE, 'registry/fixtures/site.ts'));
  const work = mkdtempSync(path.join(tmpdir(), 'sitevar-bench-hostile-'));
  const guides = path.join(work, 'guides');
  mkdirSync(path.join(guides, 'a'), { recursive: true });
  const check = async (text) => {
    const file = path.join(guides, 'a', 'guide.mdx');
    writeFileSync(file, text);
    const started = performance.now();
    const [report] = await checks.checkGuideFilesHere([file], guides, fixtures.TEST_SITE);
    return { ms: performance.now() - started, problems: report.problems.length };
  };
  try {
    // A warm-up: the first check compiles the parser and the checks.
    await check(guide('Warm *up*, [a link](#x), `code` and <Callout>a callout</Callout>.\n\n```yaml\na: 1\n```'));
    const results = [];
    for (const [name, make] of INPUTS) results.push({ name, ...(await check(make())) });
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { name, ms, problems } of await benchHostileInputs())
    console.log(`${ms.toFixed(0).padStart(6)} ms  ${String(problems).padStart(3)} problems  ${name}`);
}
