import { describe, expect, it } from 'vitest';
import { moduleExtension, ownModule } from './own-modules.ts';

describe('own modules', () => {
  it('names a module with the extension of the module naming it', () => {
    expect(ownModule('../runtime/core', 'file:///engine/integrations/vite-inline-core.ts').href).toBe('file:///engine/runtime/core.ts');
    expect(ownModule('../runtime/core', 'file:///engine/dist/integrations/vite-inline-core.js').href).toBe('file:///engine/dist/runtime/core.js');
    expect(ownModule('./mdx-worker', 'file:///engine/dist/integrations/mdx-worker-pool.js').href).toBe('file:///engine/dist/integrations/mdx-worker.js');
  });

  it('keeps a dotted name whole', () => {
    expect(`routes/llms.txt${moduleExtension('file:///engine/dist/index.js')}`).toBe('routes/llms.txt.js');
  });

  it('finds the modules this file names where it runs', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(ownModule('./own-modules', import.meta.url))).toBe(true);
  });
});
