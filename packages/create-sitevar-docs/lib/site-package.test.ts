import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StarterError } from './errors.mjs';
import { engineRangeOf, sitePackageJson } from './site-package.mjs';

const starter = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const template = JSON.parse(readFileSync(new URL('../template/package.json', import.meta.url), 'utf8'));

describe('engineRangeOf', () => {
  it("reads the one definition: the starter's package.json", () => {
    expect(engineRangeOf(starter)).toBe('^0.3.0');
    expect(engineRangeOf({ sitevarDocs: { engineVersion: '~1.2.3-beta.1' } })).toBe('~1.2.3-beta.1');
  });

  it('refuses a missing or odd range', () => {
    for (const bad of [{}, { sitevarDocs: {} }, { sitevarDocs: { engineVersion: 'latest' } }, { sitevarDocs: { engineVersion: 3 } }, null])
      expect(() => engineRangeOf(bad)).toThrow(StarterError);
  });
});

describe('the template package.json', () => {
  it('leaves the name and the engine to the starter (no second definition of the version)', () => {
    expect(template.name).toBeUndefined();
    expect(template.dependencies['sitevar-docs']).toBeUndefined();
    expect(JSON.stringify(template)).not.toContain('sitevar-docs"');
  });

  it('pins Node 24 for the scripts and the Astro version tested', () => {
    expect(template.devDependencies.node).toMatch(/^\^24\./);
    expect(template.engines.node).toBe('>=24 <25');
    expect(template.dependencies.astro).toMatch(/^\d+\.\d+\.\d+$/);
    expect(template.private).toBe(true);
  });
});

describe('sitePackageJson', () => {
  it('names the site first and adds the engine among the dependencies, sorted', () => {
    const text = sitePackageJson(template, { name: 'acme-docs', engine: '^0.3.0' });
    expect(text.endsWith('}\n')).toBe(true);
    const site = JSON.parse(text);
    expect(Object.keys(site)[0]).toBe('name');
    expect(site.name).toBe('acme-docs');
    expect(site.dependencies).toEqual({ astro: template.dependencies.astro, 'sitevar-docs': '^0.3.0' });
    expect(Object.keys(site.dependencies)).toEqual(['astro', 'sitevar-docs']);
    expect(site.scripts).toEqual(template.scripts);
    expect(Object.keys(site).slice(1)).toEqual(Object.keys(template));
  });

  it('takes a file: dependency and replaces a name the template might have', () => {
    const site = JSON.parse(sitePackageJson({ ...template, name: 'template' }, { name: 'x', engine: 'file:vendor/sitevar-docs-0.3.0.tgz' }));
    expect(site.name).toBe('x');
    expect(site.dependencies['sitevar-docs']).toBe('file:vendor/sitevar-docs-0.3.0.tgz');
  });
});
