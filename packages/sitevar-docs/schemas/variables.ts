import { z } from 'astro/zod';
import { FORMATS } from '../registry/formats.ts';
import { createRegistry, PROBLEM_MESSAGES, type SiteVariable, templateRefs, validateValue } from '../registry/index.ts';
import { MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS } from '../registry/validation.ts';

/*
 * How a site defines its variables: the one definition that the build, the preferences form
 * and the browser runtime all read. What a site writes is friendly (a boolean default may be
 * `false`, a port `9091`, a secret names its digest inline); `parseVariables` turns it into the
 * registry's definitions with every default filled in, and refuses anything inconsistent with
 * a message naming the key.
 */

const NAME = /^[a-z][a-z0-9-]*$/;
const name = z.string().regex(NAME, 'use lower-case letters, digits and hyphens, starting with a letter (like "subdomain-app")');
const scalarDefault = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value));

const common = {
  name,
  label: z.string().min(1),
  help: z.string().min(1).optional(),
  group: z.string().min(1).default('site'),
  formats: z.array(z.enum(FORMATS)).default([]),
  /** Whether the default only stands in for the reader's own; by kind unless said (see EXAMPLE_KINDS). */
  example: z.boolean().optional(),
};

/** Kinds whose default can only be an example: nobody's domain is example.com, nobody's secret is public. */
const EXAMPLE_KINDS = new Set(['domain', 'token', 'secret']);

const stored = { ...common, default: scalarDefault, scope: z.enum(['site', 'guide']).default('site') };

const tokenOptions = {
  length: z.number().int().min(8).max(255).default(72),
  /** The characters a generated value is drawn from (RFC 3986 unreserved ones only). */
  alphabet: z
    .string()
    .regex(/^[A-Za-z0-9._~-]{2,66}$/, 'use 2 to 66 of the characters A-Z, a-z, 0-9 and - . _ ~')
    .refine((alphabet) => new Set(alphabet).size === alphabet.length, 'each character once')
    .optional(),
  minLength: z.number().int().min(1).max(255).optional(),
  maxLength: z.number().int().min(1).max(1024).optional(),
};

const digestOptions = z.strictObject({
  name,
  label: z.string().min(1),
  help: z.string().min(1).optional(),
  default: z.string(),
  algorithm: z.literal('pbkdf2-sha512').default('pbkdf2-sha512'),
  iterations: z.number().int().min(1000).max(MAX_PBKDF2_ITERATIONS).default(PBKDF2_ITERATIONS),
});

const variableInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...stored, kind: z.enum(['domain', 'label', 'host', 'port']) }),
    z.strictObject({
      ...stored,
      kind: z.literal('boolean'),
      text: z.strictObject({ false: z.string(), true: z.string() }).default({ false: 'false', true: 'true' }),
    }),
    z.strictObject({
      ...stored,
      kind: z.literal('select'),
      options: z
        .array(
          z
            .union([z.string(), z.strictObject({ value: z.string().min(1), label: z.string().min(1) })])
            .transform((option) => (typeof option === 'string' ? { value: option, label: option } : option)),
        )
        .min(2, 'a select needs at least two options'),
    }),
    z.strictObject({
      ...stored,
      kind: z.literal('pattern'),
      pattern: z.string().min(1),
      message: z.string().min(1),
      maxLength: z.number().int().min(1).default(255),
    }),
    z.strictObject({
      ...common,
      default: z.string(),
      kind: z.literal('token'),
      scope: z.enum(['site', 'guide', 'credentials']).default('credentials'),
      ...tokenOptions,
    }),
    z.strictObject({
      ...common,
      default: z.string(),
      kind: z.literal('secret'),
      scope: z.literal('credentials').default('credentials'),
      ...tokenOptions,
      digest: digestOptions.optional(),
    }),
    z.strictObject({ ...common, kind: z.literal('computed'), template: z.string().min(1) }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? 'the kind must be one of domain, label, host, port, boolean, select, pattern, token, secret or computed' : undefined,
  },
);

export type VariableInput = z.input<typeof variableInput>;

function definitionsOf(parsed: z.output<typeof variableInput>): SiteVariable[] {
  const { example: said, ...rest } = parsed;
  // Only `example: true` is written down: every definition lands in the page's first script.
  const input = (said ?? (parsed.kind !== 'computed' && EXAMPLE_KINDS.has(parsed.kind))) ? { ...rest, example: true as const } : rest;
  switch (input.kind) {
    case 'computed':
      return [{ ...input, scope: 'site', derived: true, default: '' }];
    case 'token':
      return [{ ...input, minLength: input.minLength ?? 1, maxLength: input.maxLength ?? Math.max(input.length, 100) }];
    case 'secret': {
      const { digest, ...secret } = input;
      const definition: SiteVariable = { ...secret, minLength: input.minLength ?? 8, maxLength: input.maxLength ?? 255, digest: digest?.name };
      if (!digest) return [definition];
      const { algorithm: _algorithm, ...rest } = digest;
      return [
        definition,
        {
          ...rest,
          kind: 'digest',
          of: input.name,
          group: input.group,
          scope: 'credentials',
          formats: [],
          derived: true,
          ...('example' in input ? { example: true as const } : {}),
          maxIterations: MAX_PBKDF2_ITERATIONS,
        },
      ];
    }
    default:
      return [input];
  }
}

/** A site's variables: definitions with every default filled in, checked against each other. */
export const variablesSchema = z
  .array(variableInput)
  .transform((inputs) => inputs.flatMap(definitionsOf))
  .superRefine((definitions, context) => {
    const registry = createRegistry(definitions);
    const seen = new Set<string>();
    definitions.forEach((variable, index) => {
      const at = (...path: (string | number)[]) => ({ code: 'custom' as const, path: [index, ...path] });
      if (seen.has(variable.name)) context.addIssue({ ...at('name'), message: `"${variable.name}" is defined twice: each variable has one definition.` });
      seen.add(variable.name);
      if (variable.kind === 'computed') {
        const refs = templateRefs(variable.template);
        if (refs.length === 0)
          context.addIssue({
            ...at('template'),
            message: `the template of "${variable.name}" names no variable: write them as {name}, like https://{subdomain}.{domain}/.`,
          });
        for (const ref of refs) {
          const target = registry.get(ref);
          if (!target) context.addIssue({ ...at('template'), message: `the template of "${variable.name}" uses {${ref}}, which is not a variable.` });
          else if (target.kind === 'computed')
            context.addIssue({
              ...at('template'),
              message: `the template of "${variable.name}" uses {${ref}}, which is computed itself: use the variables it is made of.`,
            });
        }
        return;
      }
      if (variable.kind === 'pattern') {
        try {
          new RegExp(variable.pattern, 'u');
        } catch (error) {
          context.addIssue({ ...at('pattern'), message: `the pattern of "${variable.name}" is not a valid regular expression: ${(error as Error).message}` });
          return;
        }
      }
      if ((variable.kind === 'token' || variable.kind === 'secret') && variable.minLength > variable.maxLength) {
        context.addIssue({
          ...at('minLength'),
          message: `"${variable.name}": minLength (${variable.minLength}) is more than maxLength (${variable.maxLength}).`,
        });
        return;
      }
      const result = validateValue(registry, variable, variable.default, PROBLEM_MESSAGES);
      if (!result.ok)
        context.addIssue({ ...at('default'), message: `the default of "${variable.name}", "${variable.default}", is not valid: ${result.message}` });
      else if (result.value !== variable.default)
        context.addIssue({ ...at('default'), message: `write the default of "${variable.name}" as it is stored: "${result.value}".` });
    });
  });
