import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The starter is released with the engine beside it in this repository: what it writes must be
// what this repository builds and tests.
const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
const starter = read('../package.json');
const template = read('../template/package.json');
const engine = read('../../sitevar-docs/package.json');
const repository = read('../../../package.json');

describe('the starter and the engine released together', () => {
  it("asks for the engine's current version", () => {
    expect(starter.sitevarDocs.engineVersion).toBe(`^${engine.version}`);
  });

  it('pins the Astro this repository is locked to, inside the engine’s peer range', () => {
    expect(template.dependencies.astro).toBe(repository.dependencies.astro);
    const [lowest] = /\d+\.\d+\.\d+/.exec(engine.peerDependencies.astro) ?? [];
    const numbers = (version: string) => version.split('.').map(Number);
    const [major, minor, patch] = numbers(template.dependencies.astro);
    const [lowMajor, lowMinor, lowPatch] = numbers(lowest!);
    expect(major).toBe(lowMajor);
    expect(minor! * 1000 + patch!).toBeGreaterThanOrEqual(lowMinor! * 1000 + lowPatch!);
  });

  it("pins the Node this repository's scripts run on", () => {
    expect(template.devDependencies.node).toBe(repository.devDependencies.node);
    expect(template.engines.node).toBe(repository.engines.node);
  });
});
