import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The engine's own tests (on its own fixtures), and this site's build tests.
    include: ['packages/*/**/*.test.ts', 'tests/site/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
