import { defineConfig } from '@playwright/test';
import { chromiumProject } from './tests/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  // Artefacts of failed tests; kept apart so the runners' JSON reports beside it survive.
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [chromiumProject()],
  webServer: {
    // Serves the already built site (npm test builds it first); stopped when the run ends.
    command: `node node_modules/sitevar-docs/bin/sitevar-docs.mjs serve --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
