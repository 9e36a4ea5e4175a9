import { z } from 'astro/zod';
import { FORMATS } from '../registry/formats.ts';
import { createRegistry, PROBLEM_MESSAGES, type SiteVariable, templateNames, validateValue } from '../registry/index.ts';
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
/**
 * A stored kind's default as a site writes it (a port may be `9091`), kept as text. The metadata
 * goes on the input side: JSON Schema of the input drops the examples of a schema that transforms.
 */
const scalarDefault = (meta: { description: string; examples: (string | number | boolean)[] }) =>
  z
    .union([z.string(), z.number(), z.boolean()])
    .meta(meta)
    .transform((value) => String(value));

const SCOPE =
  'Where the reader’s value applies: `site` on every page, `guide` on each guide separately (a guide’s front matter `sitevars` may set its own default).';
const KIND = 'The kind of value, which decides how a value is checked and which other fields the definition takes.';
const STORED_DEFAULT =
  'The value guides show until the reader sets their own. It must be a valid value of its kind, written as it is stored (a domain in punycode); a number or a boolean is taken as its text.';
const CREDENTIAL_DEFAULT = 'The example value guides show until the reader types or generates their own; it must be a valid value itself.';

const common = {
  name: name.meta({
    description: 'The name guides use to show the value: `{{< sitevar name="…" >}}` or `<SiteVar name="…" />`.',
    examples: ['subdomain-app'],
  }),
  label: z
    .string()
    .min(1)
    .meta({ description: 'How the form and its messages name the value; it is also the field’s accessible name.', examples: ['Application subdomain'] }),
  help: z
    .string()
    .min(1)
    .optional()
    .meta({
      description: 'A sentence under the field in the form; `{name}` in it shows another variable’s value, live.',
      examples: ['The portal is at https://{subdomain}.{domain}/.'],
    }),
  group: z
    .string()
    .min(1)
    .default('site')
    .meta({ description: 'The `id` of the group of the preferences form (one of `variableGroups`) that lists the field.' }),
  formats: z
    .array(z.enum(FORMATS))
    .default([])
    .meta({
      description: 'Formats placeholders may ask for the value in: `regex` escapes every dot, `dn` makes an LDAP distinguished name (DC=example,DC=com).',
      examples: [['regex', 'dn']],
    }),
  example: z.boolean().optional().meta({
    description:
      'Whether the default only stands in for the reader’s own value: copying a block that still shows it then names it, and a value equal to it stays marked as an example. Left out, it is true for domain, token and secret, false for the other kinds.',
  }),
};

/** Kinds whose default can only be an example: nobody's domain is example.com, nobody's secret is public. */
const EXAMPLE_KINDS = new Set(['domain', 'token', 'secret']);

/** The `kind` of a definition: the union's discriminator, described once. */
const kind = <const Kind extends string>(value: Kind) => z.literal(value).meta({ description: KIND });

/** The fields of a kind whose value is stored as written, with an example of its default. */
const stored = (example: string | number | boolean, note = '') => ({
  ...common,
  default: scalarDefault({ description: note ? `${STORED_DEFAULT} ${note}` : STORED_DEFAULT, examples: [example] }),
  scope: z.enum(['site', 'guide']).default('site').meta({ description: SCOPE }),
});
const storedKind = <const Kind extends string>(value: Kind, description: string, example: string | number) =>
  z.strictObject({ ...stored(example), kind: kind(value) }).meta({ description });

const tokenOptions = {
  length: z.number().int().min(8).max(255).default(72).meta({ description: 'How many characters a value generated in the guide’s form has.' }),
  alphabet: z
    .string()
    .regex(/^[A-Za-z0-9._~-]{2,66}$/, 'use 2 to 66 of the characters A-Z, a-z, 0-9 and - . _ ~')
    .refine((alphabet) => new Set(alphabet).size === alphabet.length, 'each character once')
    .optional()
    .meta({
      description:
        'The characters a generated value is drawn from, each written once; without it, every RFC 3986 unreserved character (A-Z, a-z, 0-9 and - . _ ~).',
      examples: ['0123456789abcdef'],
    }),
  minLength: z
    .number()
    .int()
    .min(1)
    .max(255)
    .optional()
    .meta({ description: 'The fewest characters a value the reader types may have; without it, 1 for a token and 8 for a secret.' }),
  maxLength: z.number().int().min(1).max(1024).optional().meta({
    description: 'The most characters a value the reader types may have; without it, `length` or 100, whichever is more, for a token, and 255 for a secret.',
  }),
};

const digestOptions = z
  .strictObject({
    name: name.meta({ description: 'The digest variable’s name, which guides use to show it.', examples: ['client-secret-digest'] }),
    label: z
      .string()
      .min(1)
      .meta({ description: 'How the form and its messages name the digest.', examples: ['Client secret digest'] }),
    help: z.string().min(1).optional().meta({ description: 'A sentence with the digest in the form; `{name}` in it shows another variable’s value, live.' }),
    default: z.string().meta({
      description:
        'The digest of the secret’s default, in go-crypt’s format ($pbkdf2-sha512$…) with at least `iterations` rounds, shown until the reader generates a secret.',
    }),
    algorithm: z.literal('pbkdf2-sha512').default('pbkdf2-sha512').meta({ description: 'The digest’s algorithm: PBKDF2-SHA512 is the only one.' }),
    iterations: z
      .number()
      .int()
      .min(1000)
      .max(MAX_PBKDF2_ITERATIONS)
      .default(PBKDF2_ITERATIONS)
      .meta({ description: 'The PBKDF2 rounds of a digest computed in the browser; the default digest must have at least as many.' }),
  })
  .meta({
    description:
      'A digest of the secret to show as well (what a server stores instead of the secret), computed in the reader’s browser: a variable of its own.',
  });

const variableInput = z.discriminatedUnion(
  'kind',
  [
    storedKind('domain', 'A public domain name of two or more labels, such as example.com; an internationalised name is stored as punycode.', 'example.com'),
    storedKind('label', 'One DNS label, such as the subdomain auth of auth.example.com.', 'auth'),
    storedKind('host', 'A host name or an IP address, such as the name other containers reach a service by.', 'authelia'),
    storedKind('port', 'A port number, from 1 to 65535.', 9091),
    z
      .strictObject({
        ...stored(false),
        kind: kind('boolean'),
        text: z
          .strictObject({
            false: z.string().meta({ description: 'What code shows when the value is off.', examples: ['http'] }),
            true: z.string().meta({ description: 'What code shows when the value is on.', examples: ['https'] }),
          })
          .default({ false: 'false', true: 'true' })
          .meta({ description: 'How each of the two values reads in code.', examples: [{ false: 'http', true: 'https' }] }),
      })
      .meta({ description: 'On or off: a switch in the form.' }),
    z
      .strictObject({
        ...stored('nginx', 'It is one of the options’ values.'),
        kind: kind('select'),
        options: z
          .array(
            z.union([
              z.string(),
              z
                .strictObject({
                  value: z
                    .string()
                    .min(1)
                    .meta({ description: 'What code shows when the option is chosen.', examples: ['caddy'] }),
                  label: z
                    .string()
                    .min(1)
                    .meta({ description: 'How the form names the option.', examples: ['Caddy'] }),
                })
                .meta({ description: 'An option that the form names differently from its value.' }),
            ]),
          )
          .min(2, 'a select needs at least two options')
          .meta({
            description: 'The options, in the form’s order, at least two: each a value, or a value with the label the form shows for it.',
            examples: [['nginx', { value: 'caddy', label: 'Caddy' }]],
          })
          .transform((options) => options.map((option) => (typeof option === 'string' ? { value: option, label: option } : option))),
      })
      .meta({ description: 'One of a list of options, chosen in the form.' }),
    z
      .strictObject({
        ...stored('main'),
        kind: kind('pattern'),
        pattern: z
          .string()
          .min(1)
          .meta({
            description: 'The regular expression (JavaScript, Unicode mode) a value must match; anchor it with ^ and $ to match the whole value.',
            examples: ['^[a-z][a-z0-9]{2,15}$'],
          }),
        message: z
          .string()
          .min(1)
          .meta({ description: 'What the form says when a value does not match: how to write one.', examples: ['Use 3 to 16 lower-case letters and digits.'] }),
        maxLength: z.number().int().min(1).default(255).meta({ description: 'The most characters a value may have.' }),
      })
      .meta({ description: 'Text that the site’s own regular expression accepts.' }),
    z
      .strictObject({
        ...common,
        default: z.string().meta({ description: CREDENTIAL_DEFAULT, examples: ['client'] }),
        kind: kind('token'),
        scope: z
          .enum(['site', 'guide', 'credentials'])
          .default('credentials')
          .meta({ description: `${SCOPE} \`credentials\`: on one guide, kept in this browser tab only.` }),
        ...tokenOptions,
      })
      .meta({ description: 'Random text the reader may generate in the guide’s form, or type, such as an OpenID Connect client ID.' }),
    z
      .strictObject({
        ...common,
        default: z.string().meta({ description: CREDENTIAL_DEFAULT, examples: ['insecure_secret'] }),
        kind: kind('secret'),
        scope: z
          .literal('credentials')
          .default('credentials')
          .meta({ description: 'Where the reader’s value applies: a secret’s applies on one guide only, and is kept in this browser tab only.' }),
        ...tokenOptions,
        digest: digestOptions.optional(),
      })
      .meta({ description: 'Like a token, but kept in this browser tab only, and with a digest computed from it if the site asks for one.' }),
    z
      .strictObject({
        ...common,
        kind: kind('computed'),
        template: z
          .string()
          .min(1)
          .meta({
            description: 'The text, with other variables written as {name}: it must name at least one variable, and none that is computed itself.',
            examples: ['https://{subdomain}.{domain}/'],
          }),
      })
      .meta({ description: 'Text made of other variables’ values, shown in the form but never typed.' }),
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
        const refs = templateNames(variable.template);
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
