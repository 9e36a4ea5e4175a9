import { defineConfig } from 'vitest/config';

// The reader journeys in real browsers (Firefox and Chromium), against the built site.
export default defineConfig({
  test: {
    include: ['tests/browsers/**/*.test.ts'],
    globalSetup: ['tests/browsers/server.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: two cores, and each test opens several pages.
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'test-results/browsers.json' }]],
  },
});
