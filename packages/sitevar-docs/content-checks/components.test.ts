import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_SITE } from '../registry/fixtures/site.ts';
import { checkComponents } from './components.ts';
import { checkContext } from './context.ts';
import { readGuide } from './guide-files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'sitevar-components-'));
mkdirSync(path.join(work, 'guides'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The component problems of a guide body, `line:column  message`. */
async function componentProblems(body: string, trustGuideCode = false): Promise<string[]> {
  const file = path.join(work, 'guides', 'guide.mdx');
  writeFileSync(file, `---\ntitle: "Components"\ndescription: "Names."\n---\n\n${body}\n`);
  const { guide } = await readGuide(file, path.join(work, 'guides'), '/guides/');
  return checkComponents(guide!, checkContext({ ...TEST_SITE, trustGuideCode })).map((problem) => `${problem.line}:${problem.column}  ${problem.message}`);
}

const CONTRACT = 'Guides can use <SiteVar>, <SiteVarPreferences>, <Callout>, <Tabs>, <Tab>, <OidcCommon> without importing them.';

describe('checkComponents', () => {
  it('refuses a member of a contract component, which has none: the page would fail to render', async () => {
    expect(await componentProblems('<Callout.Foo>x</Callout.Foo>')).toEqual([`6:1  Unknown component <Callout.Foo>. Did you mean <Callout>? ${CONTRACT}`]);
    expect(await componentProblems('Text <Tabs.Tab label="a" /> here.')).toEqual([`6:6  Unknown component <Tabs.Tab>. Did you mean <Tabs>? ${CONTRACT}`]);
  });

  it('knows the names a trusted guide imports or declares, from the module’s syntax tree', async () => {
    const module = "import Chart, { Table as Grid } from './chart.js'\nimport * as UI from './ui.js'\nexport const Note = () => null\n\n";
    expect(await componentProblems(`${module}<Chart />\n<Grid />\n<UI.Button />\n<Note />\n<Table />`, true)).toEqual([
      `14:1  Unknown component <Table>. Did you mean <Tabs>? ${CONTRACT}`,
    ]);
    // A lower-case member is JavaScript too: known only if imported.
    expect(await componentProblems(`${module}<ui.button />`, true)).toEqual([`10:1  Unknown component <ui.button>. ${CONTRACT}`]);
  });

  it('leaves a lower-case member name to the safety check where guides hold no code', async () => {
    expect(await componentProblems('<ui.button />')).toEqual([]);
  });
});
