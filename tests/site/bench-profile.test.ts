import { describe, expect, it } from 'vitest';
import { partOf, selfTimeByPart } from '../../bench/profile.mjs';

// The profile's table adds up where a build's time goes: each function in its part.
describe('the build profile', () => {
  it('names the part a function belongs to by its file', () => {
    expect(partOf('file:///work/site/packages/sitevar-docs/dist/markdown/shiki-sitevar.js')).toBe('sitevar-docs: markdown/');
    expect(partOf('file:///work/site/node_modules/sitevar-docs/dist/content-checks/index.js')).toBe('sitevar-docs: content-checks/');
    expect(partOf('file:///work/site/node_modules/@shikijs/core/dist/index.mjs')).toBe('@shikijs/core');
    expect(partOf('file:///work/site/node_modules/astro/node_modules/vite/dist/node/chunks/dep.js')).toBe('vite');
    expect(partOf('node:internal/fs/promises')).toBe('Node.js');
    expect(partOf('file:///work/site/node_modules/.cache/sitevar-docs/mdx-worker.js')).toBe('sitevar-docs: worker bundles');
    expect(partOf('', '(program)')).toBe('V8 (compiling, natives)');
    expect(partOf('', '(idle)')).toBe('idle (a thread waiting)');
  });

  it('adds each sample’s time to the part of the function it was taken in, garbage collection apart', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' } },
        { id: 2, callFrame: { functionName: 'codeToHast', url: 'file:///s/node_modules/shiki/dist/index.mjs' } },
        { id: 3, callFrame: { functionName: '(garbage collector)', url: '' } },
      ],
      samples: [2, 2, 3, 1],
      timeDeltas: [1000, 3000, 500, 250],
    };
    expect(Object.fromEntries(selfTimeByPart(profile))).toEqual({ shiki: 4, 'garbage collection': 0.5, 'V8 (compiling, natives)': 0.25 });
  });
});
