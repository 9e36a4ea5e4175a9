import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { TEST_REGISTRY } from '../registry/fixtures/site.ts';
import { configSchema } from './config.ts';
import { guideSchema } from './guide.ts';
import { type OptionEntry, optionReference } from './reference.ts';

const config = optionReference(configSchema);
const frontMatter = optionReference(guideSchema(TEST_REGISTRY));

function entry(entries: readonly OptionEntry[], path: string): OptionEntry | undefined {
  return entries.find((candidate) => candidate.path === path);
}

describe('the options reference', () => {
  it('lists a top-level option with what the schema says of it', () => {
    expect(entry(config, 'title')).toEqual({
      path: 'title',
      type: 'string',
      required: true,
      description: expect.stringContaining('name'),
      examples: ['"Gatekeep docs"'],
    });
    expect(entry(config, 'lastUpdated')).toMatchObject({ type: 'boolean', required: false, default: 'true' });
    expect(entry(config, 'social[].icon')?.type).toBe("'github' | 'gitlab' | 'codeberg' | 'mastodon' | 'discord' | 'matrix' | 'rss' | 'link'");
  });

  it('lists nested options under their parent, with their defaults as JSON', () => {
    const paths = config.map((option) => option.path);
    expect(paths.indexOf('guides')).toBeLessThan(paths.indexOf('guides.base'));
    expect(entry(config, 'guides.base')).toMatchObject({ type: 'string', required: false, default: '"/guides/"', examples: ['"/docs/"'] });
    expect(entry(config, 'guides')?.default).toBe(
      JSON.stringify({ base: '/guides/', title: '{title}', kicker: '{section}', sectionSwitch: true, requireSources: false }),
    );
    expect(entry(config, 'editLink')).toMatchObject({ type: 'object', required: false });
    expect(entry(config, 'editLink.baseUrl')).toMatchObject({ type: 'URL', required: true, description: expect.stringContaining('file path') });
    expect(entry(config, 'sections[].id')).toMatchObject({ type: 'string', required: true });
  });

  it('lists the variables by kind: the fields they share once, then each kind with its own', () => {
    expect(entry(config, 'variables')?.type).toBe(
      'array of objects, each one of: domain, label, host, port, boolean, select, pattern, token, secret, computed (by kind)',
    );
    expect(entry(config, 'variables[].kind')).toMatchObject({ required: true, description: expect.stringContaining('kind of value') });
    expect(entry(config, 'variables[].name')).toMatchObject({ type: 'string', required: true, description: expect.stringContaining('{{< sitevar') });
    expect(entry(config, 'variables[].group')).toMatchObject({ required: false, default: '"site"' });
    expect(entry(config, 'variables[] (kind: "port")')?.description).toMatch(/1 to 65535/);
    expect(entry(config, 'variables[] (kind: "port").default')).toEqual({
      path: 'variables[] (kind: "port").default',
      type: 'string | number | boolean',
      required: true,
      description: expect.stringContaining('until the reader sets their own'),
      examples: ['9091'],
    });
    // A field some kinds have alike is listed under each of them, as the kinds differ in it.
    expect(entry(config, 'variables[] (kind: "token").scope')).toMatchObject({ type: "'site' | 'guide' | 'credentials'", default: '"credentials"' });
    expect(entry(config, 'variables[] (kind: "secret").digest.iterations')).toMatchObject({ type: 'integer', default: '310000' });
    expect(entry(config, 'variables[] (kind: "select").options[].label')).toMatchObject({ type: 'string', required: true });
    expect(entry(config, 'variables[].default')).toBeUndefined();
    expect(entry(config, 'variables[] (kind: "computed").default')).toBeUndefined();
  });

  it('lists the values of a record under <name>', () => {
    expect(entry(config, 'guideComponents')?.type).toBe('record of (string | object), by name');
    expect(entry(config, 'guideComponents.<name>.anchors')).toMatchObject({ type: 'array of strings', default: '[]' });
    expect(entry(config, 'components')?.type).toBe("record of strings, by key: 'SiteHeader' | 'SiteFooter' | 'HomeHero' | 'GuideHeader' | 'Callout'");
  });

  it('lists the front matter of guides', () => {
    expect(frontMatter.map((option) => option.path)).toEqual(expect.arrayContaining(['title', 'date', 'support.level', 'seo.canonical', 'sitevars']));
    expect(entry(frontMatter, 'date')).toMatchObject({ type: 'date', required: false });
    expect(entry(frontMatter, 'support.level')?.type).toBe("'official' | 'community' | 'unsupported'");
    expect(entry(frontMatter, 'seo.noindex')).toMatchObject({ type: 'boolean', default: 'false' });
  });

  it('splits a member that stands for several values of the discriminator, and names the object of a plain union', () => {
    const schema = z.strictObject({
      shapes: z
        .array(
          z.discriminatedUnion('kind', [
            z.strictObject({ kind: z.enum(['square', 'circle']).describe('k'), size: z.number().describe('s') }).describe('round or not'),
            z
              .strictObject({ kind: z.literal('line').describe('k'), size: z.number().describe('s'), width: z.number().optional().describe('w') })
              .describe('a line'),
          ]),
        )
        .describe('shapes'),
      value: z.union([z.string(), z.strictObject({ text: z.string().describe('t') }).describe('as an object')]).describe('v'),
    });
    expect(optionReference(schema).map(({ path, type }) => `${path}: ${type}`)).toEqual([
      'shapes: array of objects, each one of: square, circle, line (by kind)',
      "shapes[].kind: 'square' | 'circle' | 'line'",
      'shapes[].size: number',
      'shapes[] (kind: "square"): object',
      'shapes[] (kind: "circle"): object',
      'shapes[] (kind: "line"): object',
      'shapes[] (kind: "line").width: number',
      'value: string | object',
      'value (object): object',
      'value (object).text: string',
    ]);
  });
});
