import { expect, test } from '@playwright/test';
import { CHROMIUM_CLIPBOARD, readClipboard, setValues } from '../e2e/support.ts';
import { makeStrangerSite, type StrangerSite } from './stranger-site.ts';

// The test of adoption: what a stranger does with the released packages, outside this repository,
// on the machine's own Node. Each step depends on the one before: the first to fail stops the rest.
test.describe.configure({ mode: 'serial' });

let stranger: StrangerSite;
let server: { url: string; stop(): Promise<void> } | undefined;

test.beforeAll(() => {
  // Packing, scaffolding and a first install (Node 24 among the site's packages) take minutes.
  test.setTimeout(15 * 60_000);
  stranger = makeStrangerSite();
});

test.afterAll(async () => {
  await server?.stop();
  stranger?.remove();
});

test("the new site runs its scripts on its own pinned Node, whatever the machine's", () => {
  const node = stranger.run('Node in npm scripts', 'npm', ['exec', '--', 'node', '--version']).trim();
  expect(node).toMatch(/^v24\./);
  console.log(`machine Node ${stranger.machineNode}, the site's scripts on ${node}`);
});

test('Node imports the engine and its schema from node_modules (the package ships JavaScript)', () => {
  const script = [
    "const { default: sitevarDocs } = await import('sitevar-docs');",
    "const { parseConfig } = await import('sitevar-docs/schema');",
    "const config = parseConfig({ title: 'T', description: 'D', variables: [{ name: 'host', label: 'Host', kind: 'host', default: 'a.example' }] });",
    'console.log(typeof sitevarDocs, config.variables[0].name);',
  ].join(' ');
  const output = stranger.run('Node imports the engine', 'npm', ['exec', '--', 'node', '--input-type=module', '--eval', script]);
  expect(output.trim().split('\n').at(-1)).toBe('function host');
});

test('builds, and passes its type check (astro/tsconfigs/strict) and content checks', () => {
  test.setTimeout(10 * 60_000);
  const build = stranger.run('npm run build', 'npm', ['run', 'build']);
  expect(build).toContain('Complete!');
  expect(build).not.toMatch(/\[WARN\]|\bwarning\b/i);
  const check = stranger.run('npm run check', 'npm', ['run', 'check']);
  expect(check).toMatch(/0 errors/);
  expect(check).toContain('Content checks passed');
});

test.describe('a reader', () => {
  test.use({ permissions: CHROMIUM_CLIPBOARD });

  test('sets their domain, and every block and Copy follow it', async ({ page }) => {
    server = await stranger.serve();
    await page.goto(server.url);
    const cards = page.locator('.guide-cards a');
    await expect(cards.first()).toBeVisible();
    const guides = await cards.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(guides.length).toBeGreaterThanOrEqual(2);

    // The first guide with the domain in a code block (the starter's reverse-proxy guide).
    const block = page.locator('main figure.code-block:has(pre [data-sitevar="domain"])').first();
    for (const guide of guides) {
      await page.goto(guide);
      if ((await block.count()) > 0) break;
    }
    const domain = block.locator('pre [data-sitevar="domain"]').first();
    const example = (await domain.textContent()) ?? '';
    expect(example).not.toBe('');

    await setValues(page, { Domain: 'docs.stranger.example' });
    await expect(domain).toHaveText('docs.stranger.example');
    const marks = page.locator('main [data-sitevar="domain"]');
    await expect(marks.filter({ hasText: example })).toHaveCount(0);
    // A value computed from it follows too.
    await expect(page.locator('main pre [data-sitevar="public-url"]').first()).toHaveText('https://docs.stranger.example/');

    await block.getByRole('button', { name: 'Copy' }).click();
    await expect(block.getByRole('status')).toContainText('Copied');
    const shown = ((await block.locator('pre').textContent()) ?? '').replace(/\n*$/, '\n');
    const copied = await readClipboard(page);
    expect(copied).toBe(shown);
    expect(copied).toContain('docs.stranger.example');
    expect(copied).not.toContain(example);
  });
});
