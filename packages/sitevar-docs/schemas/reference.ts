import { z } from 'astro/zod';

/*
 * The options of a schema as a reference lists them: one entry per option, in the schema's order,
 * with what the schema itself says (type, whether it is required, default, description, examples).
 * The schema's `.meta()` is the one place each option is described; this only reads it.
 *
 * It reads the JSON Schema of the schema's input (`z.toJSONSchema`, io: 'input') rather than zod's
 * internals: that is zod's public, documented form, it already shows what a site writes (the input
 * side of every transform), carries each option's metadata through `.optional()`, `.default()`,
 * `.refine()` and pipes, and gives defaults as plain values, so the walk has a handful of JSON
 * Schema shapes to know instead of every zod wrapper.
 */

type JsonSchema = z.core.JSONSchema.JSONSchema;

export interface OptionEntry {
  /**
   * Where the option is written: `guides.base`; `[]` for an array's items (`sections[].id`),
   * `.<name>` for a record's values (`guideComponents.<name>.entrypoint`), and `(kind: "port")`
   * for one member of a discriminated union (`variables[] (kind: "port").default`).
   */
  readonly path: string;
  /** The type as a reader says it: `string`, `'light' | 'dark'`, `array of objects`. */
  readonly type: string;
  /** Whether the object it belongs to needs it (no default, not optional). */
  readonly required: boolean;
  /** The default, as JSON. */
  readonly default?: string;
  readonly description: string;
  /** Examples, each as JSON. */
  readonly examples?: readonly string[];
}

/** Every option of an object schema, depth first, each followed by the options inside it. */
export function optionReference(schema: z.ZodType): OptionEntry[] {
  const root = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // A date (`z.coerce.date()`) has no JSON Schema of its own; it is written as text.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
    },
  });
  return new Walk(root).options();
}

/** The discriminator of a union of objects, and each member by the discriminator's value. */
interface Discriminated {
  readonly key: string;
  readonly members: readonly { readonly value: string; readonly schema: JsonSchema }[];
}

class Walk {
  readonly #root: JsonSchema;
  readonly #entries: OptionEntry[] = [];
  readonly #paths = new Set<string>();

  constructor(root: JsonSchema) {
    this.#root = root;
  }

  /** Every option of the root object. */
  options(): OptionEntry[] {
    this.#fields(this.#root, '');
    return this.#entries;
  }

  /** The properties of an object (those `include` takes), each an entry followed by what is inside it. */
  #fields(node: JsonSchema, prefix: string, include: (key: string) => boolean = () => true): void {
    const required = new Set(node.required ?? []);
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      if (!include(key) || typeof value === 'boolean') continue;
      const path = prefix ? `${prefix}.${key}` : key;
      const child = this.#resolve(value);
      this.#add(path, child, required.has(key));
      this.#inside(child, path);
    }
  }

  /** What a value holds: an object's fields, an array's items, a record's values, a union's objects. */
  #inside(node: JsonSchema, path: string): void {
    if (node.properties) this.#fields(node, path);
    const items = node.items;
    if (items && typeof items === 'object' && !Array.isArray(items)) this.#inside(this.#resolve(items), `${path}[]`);
    const values = node.additionalProperties;
    if (values && typeof values === 'object') this.#inside(this.#resolve(values), `${path}.<name>`);
    const members = (node.oneOf ?? node.anyOf ?? []).map((member) => this.#resolve(member));
    const union = discriminated(members);
    if (union) {
      // The discriminator and the fields every member has alike come once (`variables[].kind`,
      // `variables[].name`); then each member, with its description and the fields of its own.
      const first = union.members[0]?.schema ?? {};
      const shared = new Set(
        Object.keys(first.properties ?? {}).filter((key) => key === union.key || union.members.every((member) => sameProperty(member.schema, first, key))),
      );
      const discriminator = first.properties?.[union.key];
      const description = typeof discriminator === 'object' ? discriminator.description : undefined;
      const values = union.members.map((member) => member.value);
      this.#add(`${path}.${union.key}`, { enum: values, ...(description === undefined ? {} : { description }) }, true);
      this.#fields(first, path, (key) => key !== union.key && shared.has(key));
      for (const member of union.members) {
        const variant = `${path} (${union.key}: ${JSON.stringify(member.value)})`;
        this.#add(variant, member.schema, false);
        this.#fields(member.schema, variant, (key) => !shared.has(key));
      }
      return;
    }
    for (const member of members) {
      if (!member.properties) continue;
      const at = this.#paths.has(path) ? `${path} (object)` : path;
      this.#add(at, member, false);
      this.#fields(member, at);
    }
  }

  #add(path: string, node: JsonSchema, required: boolean): void {
    this.#paths.add(path);
    this.#entries.push({
      path,
      type: this.#type(node),
      required,
      ...(node.default === undefined ? {} : { default: JSON.stringify(this.#defaultOf(node)) }),
      description: node.description ?? '',
      ...(node.examples?.length ? { examples: node.examples.map((example) => JSON.stringify(example)) } : {}),
    });
  }

  /**
   * The default as it takes effect: an object defaulting to `{}` (zod's `prefault`, so that each
   * option's own default is written once) shows the defaults its options then take.
   */
  #defaultOf(node: JsonSchema): unknown {
    const given = node.default;
    if (node.type !== 'object' || !node.properties || given === null || typeof given !== 'object' || Array.isArray(given)) return given;
    const filled: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(node.properties)) {
      const value = Object.hasOwn(given, key) ? (given as Record<string, unknown>)[key] : this.#defaultOf(this.#resolve(property));
      if (value !== undefined) filled[key] = value;
    }
    return filled;
  }

  /** The type as a reader says it. */
  #type(node: JsonSchema): string {
    if (node.const !== undefined) return literal(node.const);
    if (node.enum) return node.enum.map(literal).join(' | ');
    const members = (node.oneOf ?? node.anyOf ?? []).map((member) => this.#resolve(member));
    if (members.length > 0) {
      const union = discriminated(members);
      if (union) return `one of: ${union.members.map((member) => member.value).join(', ')} (by ${union.key})`;
      return members.map((member) => this.#type(member)).join(' | ');
    }
    if (Array.isArray(node.type)) return node.type.join(' | ');
    switch (node.type) {
      case 'array': {
        const items = node.items;
        if (!items || typeof items !== 'object' || Array.isArray(items)) return 'array';
        const item = this.#resolve(items);
        const union = discriminated((item.oneOf ?? item.anyOf ?? []).map((member) => this.#resolve(member)));
        if (union) return `array of objects, each one of: ${union.members.map((member) => member.value).join(', ')} (by ${union.key})`;
        return `array of ${plural(this.#type(item))}`;
      }
      case 'object': {
        const values = node.additionalProperties;
        if (node.properties || !values || typeof values !== 'object') return 'object';
        const keys = node.propertyNames && typeof node.propertyNames === 'object' ? node.propertyNames.enum : undefined;
        const by = !keys ? 'by name' : keys.length <= 8 ? `by key: ${keys.map(literal).join(' | ')}` : `by key (${keys.length} keys)`;
        return `record of ${plural(this.#type(this.#resolve(values)))}, ${by}`;
      }
      case 'string':
        return node.format === 'uri' ? 'URL' : node.format === 'date' ? 'date' : 'string';
      case undefined:
        return 'any';
      default:
        return node.type;
    }
  }

  /** A schema, with a `$ref` to one of the root's definitions followed. */
  #resolve(node: JsonSchema | boolean): JsonSchema {
    if (typeof node === 'boolean') return node ? {} : { not: {} };
    const { $ref, ...rest } = node;
    const name = $ref?.match(/^#\/\$defs\/(.+)$/)?.[1];
    const target = name === undefined ? undefined : this.#root.$defs?.[name];
    return target ? { ...target, ...rest } : node;
  }
}

/**
 * A union whose members are all objects that share a required property holding a constant (or
 * one of a few constants): zod's `z.discriminatedUnion`. Each member comes once per value.
 */
function discriminated(members: readonly JsonSchema[]): Discriminated | undefined {
  if (members.length < 2 || !members.every((member) => member.properties)) return undefined;
  const candidates = Object.keys(members[0]?.properties ?? {});
  for (const key of candidates) {
    const values = members.map((member) => {
      const property = member.properties?.[key];
      if (!property || typeof property !== 'object' || !member.required?.includes(key)) return undefined;
      if (typeof property.const === 'string') return [property.const];
      return property.enum?.every((value) => typeof value === 'string') ? (property.enum as string[]) : undefined;
    });
    if (values.every((list) => list !== undefined))
      return { key, members: members.flatMap((schema, index) => (values[index] ?? []).map((value) => ({ value, schema }))) };
  }
  return undefined;
}

/** Whether two objects have the same property, alike and equally required. */
function sameProperty(a: JsonSchema, b: JsonSchema, key: string): boolean {
  const [left, right] = [a.properties?.[key], b.properties?.[key]];
  return left !== undefined && JSON.stringify(left) === JSON.stringify(right) && (a.required?.includes(key) ?? false) === (b.required?.includes(key) ?? false);
}

function literal(value: string | number | boolean | null): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** `array of strings`, `array of objects`; a union or a literal is put in parentheses instead. */
function plural(type: string): string {
  return /^(?:string|number|integer|boolean|object|URL|date)$/.test(type) ? `${type}s` : `(${type})`;
}
