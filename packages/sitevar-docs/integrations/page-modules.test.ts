import { describe, expect, it } from 'vitest';
import { ownModule } from '../utils/own-modules.ts';
import { devUrl, PAGE_MODULES } from './page-modules.ts';

describe('devUrl', () => {
  it('serves a module under the root by its path there, under the base', () => {
    expect(devUrl('/site/packages/sitevar-docs/runtime/toc.ts', '/site', '/')).toBe('/packages/sitevar-docs/runtime/toc.ts');
    expect(devUrl('/site/node_modules/sitevar-docs/runtime/toc.ts', '/site', '/docs/')).toBe('/docs/node_modules/sitevar-docs/runtime/toc.ts');
  });

  it('serves a module outside the root through /@fs/, as the dev server does', () => {
    expect(devUrl('/elsewhere/sitevar-docs/runtime/toc.ts', '/site', '/')).toBe('/@fs/elsewhere/sitevar-docs/runtime/toc.ts');
  });
});

describe('PAGE_MODULES', () => {
  it('names runtime modules only, each a file of the engine', async () => {
    const { existsSync } = await import('node:fs');
    for (const file of Object.values(PAGE_MODULES)) {
      expect(file).toMatch(/^\.\.\/runtime\/[\w-]+$/);
      expect(existsSync(ownModule(file, import.meta.url))).toBe(true);
    }
  });
});
