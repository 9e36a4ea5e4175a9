import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { TEST_REGISTRY } from '../registry/fixtures/site.ts';
import { configSchema } from './config.ts';
import { guideSchema } from './guide.ts';
import { optionReference } from './reference.ts';

/*
 * Every option a site or a guide can write says what it does: the schema's descriptions are the
 * one source of the options reference, so an option without one would be missing from it.
 */

type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * The options of a schema that have no description: every property of every object at every
 * depth (inside arrays, records and unions as well), and every object that is a member of a union
 * (a variable kind). It walks the JSON Schema of what a site writes, by itself, so that it does
 * not depend on the reference getting every corner right.
 */
function undescribed(schema: z.ZodType): string[] {
  const missing: string[] = [];
  const visit = (node: JsonSchema | boolean | undefined, path: string): void => {
    if (!node || typeof node === 'boolean') return;
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      const at = path ? `${path}.${key}` : key;
      if (typeof property === 'object' && !property.description?.trim()) missing.push(at);
      visit(property, at);
    }
    for (const item of [node.items ?? [], node.prefixItems ?? []].flat()) visit(item, `${path}[]`);
    visit(node.additionalProperties, `${path}.<name>`);
    for (const property of Object.values(node.patternProperties ?? {})) visit(property, `${path}.<name>`);
    const members = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
    members.forEach((member, index) => {
      const tag = Object.entries(member.properties ?? {}).find(([, property]) => typeof property === 'object' && property.const !== undefined);
      const at = `${path} (${tag ? `${tag[0]}: ${JSON.stringify((tag[1] as JsonSchema).const)}` : `member ${index + 1}`})`;
      if (member.properties && !member.description?.trim()) missing.push(at);
      visit(member, at);
    });
    for (const [name, definition] of Object.entries(node.$defs ?? {})) visit(definition, `$defs.${name}`);
  };
  visit(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), '');
  return missing;
}

const schemas = {
  'the configuration': configSchema,
  'the front matter of guides': guideSchema(TEST_REGISTRY),
};

describe('the descriptions of the options', () => {
  it.each(Object.entries(schemas))('cover every option of %s', (_name, schema) => {
    expect(undescribed(schema), 'options without a description (give each a .meta({ description }) where it is defined)').toEqual([]);
  });

  it.each(Object.entries(schemas))('reach the reference for every option of %s, each with a type', (_name, schema) => {
    const options = optionReference(schema);
    expect(options.length).toBeGreaterThan(10);
    // `any` would be a type JSON Schema cannot show, whose insides neither walk could see.
    expect(options.filter((option) => option.description.trim() === '' || /\bany\b/.test(option.type)).map((option) => option.path)).toEqual([]);
  });

  it('are looked for everywhere, and a missing one is named by its path', () => {
    const schema = z.strictObject({
      described: z.string().meta({ description: 'Said.' }),
      bare: z.string().default('x'),
      nested: z.strictObject({ inner: z.number().optional() }).meta({ description: 'Said.' }),
      list: z.array(z.strictObject({ item: z.boolean() })).meta({ description: 'Said.' }),
      byName: z.record(z.string(), z.union([z.string(), z.strictObject({ file: z.string().meta({ description: 'Said.' }) })])).meta({ description: 'Said.' }),
      kinds: z
        .array(
          z.discriminatedUnion('kind', [
            z
              .strictObject({ kind: z.literal('a').meta({ description: 'Said.' }), size: z.number().meta({ description: 'Said.' }) })
              .meta({ description: 'Said.' }),
            z.strictObject({ kind: z.literal('b').meta({ description: 'Said.' }), width: z.number() }),
          ]),
        )
        .transform((kinds) => kinds.length)
        .meta({ description: 'Said.' }),
    });
    expect(undescribed(schema)).toEqual([
      'bare',
      'nested.inner',
      'list[].item',
      'byName.<name> (member 2)',
      'kinds[] (kind: "b")',
      'kinds[] (kind: "b").width',
    ]);
  });
});
