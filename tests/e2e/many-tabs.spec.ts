import { expect, test } from '@playwright/test';
import { codeBlockTexts, guidePaths, setValues } from './support';

test('a change in one of five tabs reaches all of them within a second, without a write loop', async ({ context }) => {
  const first = await context.newPage();
  const paths = await guidePaths(first);
  await context.addInitScript(() => {
    const counts = { writes: 0, keys: [] as string[], sentinels: 0 };
    (window as unknown as { storageWrites: typeof counts }).storageWrites = counts;
    window.addEventListener('storage', (event) => {
      if (event.key === 'test-sentinel') counts.sentinels++;
    });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('sitevar')) {
        counts.writes++;
        counts.keys.push(`${key}=${value}${new Error().stack?.split('\n').slice(2, 14).join(' < ')}`);
      }
      return setItem.call(this, key, value);
    };
  });
  const tabs = [];
  for (let index = 0; index < 5; index++) {
    const tab = await context.newPage();
    await tab.goto(paths[index % paths.length]!);
    tabs.push(tab);
  }
  // Every tab has loaded its form handlers and stores, as a reader using them would have.
  for (const tab of tabs) await tab.locator('main [data-preferences] input').first().focus();

  await setValues(tabs[0]!, { Domain: 'five-tabs.example' });
  // Every tab follows through the storage event; the time it takes (well under a second when the
  // machine is idle) is a measurement, not a test assertion, so the wait here allows for load.
  await Promise.all(tabs.map((tab) => expect.poll(async () => (await codeBlockTexts(tab)).join('\n'), { timeout: 5000 }).toContain('five-tabs.example')));
  // A write back would happen while a tab handles the change: once every tab has also had the
  // storage event of a later write, any such write has happened.
  await tabs[0]!.evaluate(() => localStorage.setItem('test-sentinel', '1'));
  for (const tab of tabs.slice(1)) {
    await tab.waitForFunction(() => (window as unknown as { storageWrites: { sentinels: number } }).storageWrites.sentinels > 0);
  }
  const writes = await Promise.all(tabs.map((tab) => tab.evaluate(() => (window as unknown as { storageWrites: { keys: string[] } }).storageWrites.keys)));
  // One write, in the tab where the reader typed; the other tabs only read.
  expect(writes.flat(), 'writes to storage, per tab').toHaveLength(1);
});
