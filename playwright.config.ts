import { defineConfig } from '@playwright/test';
import { chromiumProject } from './tests/chromium.ts';

export default defineConfig({
  testDir: 'tests/e2e',
  // Artefacts of failed tests; kept apart so the runners' JSON reports beside it survive.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  // The built site, served on a port the system picks (baseURL comes from there).
  globalSetup: './tests/e2e/serve.setup.ts',
  use: {
    trace: 'off',
  },
  projects: [chromiumProject()],
});
