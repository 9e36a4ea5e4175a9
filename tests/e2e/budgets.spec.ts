import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { measurePageWeight } from '../../bench/page-weight.mjs';
import { guidePaths } from './support';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as { jsGzipBytes: number; cssGzipBytes: number };

test('every page stays within its byte budgets and asks no other origin for anything', async ({ page, baseURL }) => {
  for (const path of ['/', ...(await guidePaths(page))]) {
    const weight = await measurePageWeight(page, new URL(path, baseURL).href);
    expect(weight.allJs.gzip, `JavaScript loaded by ${path} before any interaction (gzip)`).toBeLessThanOrEqual(budgets.jsGzipBytes);
    expect(weight.css.gzip, `CSS of ${path} (gzip)`).toBeLessThanOrEqual(budgets.cssGzipBytes);
    expect(weight.foreignRequests, `requests from ${path} to other origins`).toEqual([]);
  }
});
