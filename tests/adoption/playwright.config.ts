import { defineConfig } from '@playwright/test';
import { chromiumProject } from '../chromium.ts';

// The adoption test: a stranger's site, made from the packed packages outside this repository
// (stranger-site.ts), then a reader's journey on it in Chromium. One worker: the site is made once.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/adoption',
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: '../../test-results/adoption.json' }]],
  use: { trace: 'off' },
  projects: [chromiumProject()],
});
