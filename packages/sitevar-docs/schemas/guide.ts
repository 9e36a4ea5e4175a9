import { z } from 'astro/zod';
import { aliasProblem } from '../content-checks/aliases.ts';
import { MAX_ALIASES } from '../content-checks/limits.ts';
import { PROBLEM_MESSAGES, type ProblemMessages, type Registry, validateValue } from '../registry/index.ts';

/** An empty string in Hugo front matter means "unset"; treat it so. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** Placeholders are personalised in code, not in the front matter (titles, descriptions). */
const noPlaceholder = (text: string | undefined) => text === undefined || !text.includes('{{<');
const NO_PLACEHOLDER = 'placeholders are not personalised in the front matter: write the example value, or name the variable in words';

/**
 * A web address or a path of this site: where a canonical link or an image may point. It must
 * also be one a URL parser takes (`https://[` is not), as the pages' layout makes URLs of them.
 */
const safeAddress = (text: string | undefined) =>
  text === undefined || (/^(?:https?:\/\/[^\s\\]+|\/(?!\/)[^\s\\:]*|[\w.-][^\s\\:]*)$/i.test(text) && URL.canParse(text, 'https://site.invalid/'));
const SAFE_ADDRESS = 'use an http(s) address or a path of this site';

/**
 * An alias: a path of this site, one segment after another, each checked on its own (see
 * `aliasProblem`): the redirect page must stay on this site, in a folder of its own.
 */
const alias = z.string().superRefine((path, context) => {
  const problem = aliasProblem(path);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/**
 * The front matter of the authoring contract; unknown keys are errors, so typos cannot pass.
 * A guide's own variable defaults are checked against the site's registry.
 */
export const guideSchema = (registry: Registry, messages: ProblemMessages = PROBLEM_MESSAGES) =>
  z.strictObject({
    title: z
      .string()
      .min(1)
      .refine(noPlaceholder, NO_PLACEHOLDER)
      .meta({
        description: 'The guide’s name: its heading, page title and sidebar entry (the site’s `guides.title` may add to it).',
        examples: ['Paperless-ngx'],
      }),
    description: z
      .string()
      .min(1)
      .refine(noPlaceholder, NO_PLACEHOLDER)
      .meta({
        description:
          'A sentence about the guide: its card on the home page, its meta description and its line in llms.txt; the lede under its heading unless `summary` is set.',
        examples: ['Single sign-on for Paperless-ngx with OpenID Connect.'],
      }),
    summary: optionalText
      .refine(noPlaceholder, NO_PLACEHOLDER)
      .meta({ description: 'The lede under the guide’s heading, when it should say more than `description`.' }),
    date: z.coerce
      .date()
      .optional()
      .meta({
        description: 'When the guide was last updated, shown under its heading; without it, the date of its latest git commit.',
        examples: ['2024-04-13'],
      }),
    draft: z.boolean().default(false).meta({ description: 'Leaves the guide out of the built site; it still shows in `astro dev`.' }),
    images: z
      .array(z.string().refine(safeAddress, SAFE_ADDRESS))
      .optional()
      .meta({
        description: 'Images for link previews (http(s) addresses or paths of this site): the first is the page’s Open Graph image.',
        examples: [['/images/paperless.png']],
      }),
    weight: z
      .number()
      .optional()
      .meta({ description: 'The guide’s place in its section: lower first, then by title; guides without one come last.', examples: [620] }),
    toc: z.boolean().default(true).meta({ description: 'Shows the “On this page” list of the guide’s headings.' }),
    aliases: z
      .array(alias)
      .max(MAX_ALIASES, `a guide has at most ${MAX_ALIASES} aliases: keep the addresses readers still use`)
      .optional()
      .meta({
        description: 'Old paths of this site that redirect to the guide, so that links readers still use keep working.',
        examples: [['/integration/openid-connect/paperless/']],
      }),
    support: z
      .strictObject({
        level: z.enum(['official', 'community', 'unsupported']).optional().meta({ description: 'Who supports what the guide describes, shown as a badge.' }),
        versions: z
          .boolean()
          .optional()
          .meta({ description: 'The guide depends on the versions it names under its tested versions: shows a “Version specific” badge.' }),
        integration: z.boolean().optional().meta({ description: 'The guide connects a third-party application: shows a “Third-party integration” badge.' }),
      })
      .optional()
      .meta({ description: 'The badges under the guide’s heading.', examples: [{ level: 'community', versions: true }] }),
    sitevars: z
      .record(z.string(), z.string())
      .superRefine((values, context) => {
        for (const [name, value] of Object.entries(values)) {
          const variable = registry.get(name);
          if (!variable || variable.scope === 'site' || variable.derived) {
            const settable = registry.variables.filter((candidate) => candidate.scope !== 'site' && !candidate.derived).map((candidate) => candidate.name);
            context.addIssue({
              code: 'custom',
              path: [name],
              message: `"${name}" is not a variable a guide can set; ${settable.length ? `guide variables are ${settable.length > 1 ? `${settable.slice(0, -1).join(', ')} and ${settable.at(-1)}` : settable[0]}` : 'this site has no guide variables'}.`,
            });
            continue;
          }
          const result = validateValue(registry, variable, value, messages);
          if (!result.ok || result.value !== value) {
            context.addIssue({
              code: 'custom',
              path: [name],
              message: `"${value}" is not a valid ${variable.label}: ${result.ok ? `write it as ${result.value}` : result.message}`,
            });
          }
        }
      })
      .optional()
      .meta({
        description:
          'This guide’s defaults of variables kept per guide (scope `guide` or `credentials`), by name; each must be a valid value, written as it is stored.',
        examples: [{ 'subdomain-app': 'paperless' }],
      }),
    seo: z
      .strictObject({
        title: optionalText.refine(noPlaceholder, NO_PLACEHOLDER).meta({ description: 'The page title, instead of the guide’s title followed by the site’s.' }),
        description: optionalText.refine(noPlaceholder, NO_PLACEHOLDER).meta({ description: 'The meta description, instead of `description`.' }),
        canonical: optionalText
          .refine(safeAddress, SAFE_ADDRESS)
          .meta({ description: 'The canonical address of the page, when the guide is published elsewhere first: an http(s) address or a path of this site.' }),
        noindex: z.boolean().default(false).meta({ description: 'Asks search engines not to index the page.' }),
      })
      .optional()
      .meta({ description: 'What search engines and link previews are told, where it differs from the guide’s own texts.' }),
  });

export type GuideData = z.output<ReturnType<typeof guideSchema>>;

/** The keys the schema knows, at the top and under each nested mapping: for "did you mean". */
export function guideKeys(schema: ReturnType<typeof guideSchema>): { top: string[]; nested: Record<string, string[]> } {
  const nested: Record<string, string[]> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
    if (inner instanceof z.ZodObject) nested[key] = Object.keys(inner.shape);
  }
  return { top: Object.keys(schema.shape), nested };
}
