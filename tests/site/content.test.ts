import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// This site's own content: every guide passes the engine's checks as the site configures them.
describe('this site’s guides', () => {
  it('pass every content check (sitevar-docs check)', () => {
    const result = spawnSync(process.execPath, ['node_modules/sitevar-docs/bin/sitevar-docs.mjs', 'check'], { encoding: 'utf8' });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('Content checks passed');
  }, 60_000);
});
