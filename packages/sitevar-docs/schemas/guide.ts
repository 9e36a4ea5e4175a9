import { z } from 'astro/zod';
import { MAX_ALIASES } from '../content-checks/limits.ts';
import { PROBLEM_MESSAGES, type ProblemMessages, type Registry, validateValue } from '../registry/index.ts';
import { aliasProblem } from '../utils/alias.ts';

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
    title: z.string().min(1).refine(noPlaceholder, NO_PLACEHOLDER),
    description: z.string().min(1).refine(noPlaceholder, NO_PLACEHOLDER),
    summary: optionalText.refine(noPlaceholder, NO_PLACEHOLDER),
    date: z.coerce.date().optional(),
    draft: z.boolean().default(false),
    images: z.array(z.string().refine(safeAddress, SAFE_ADDRESS)).optional(),
    weight: z.number().optional(),
    toc: z.boolean().default(true),
    aliases: z.array(alias).max(MAX_ALIASES, `a guide has at most ${MAX_ALIASES} aliases: keep the addresses readers still use`).optional(),
    support: z
      .strictObject({
        level: z.enum(['official', 'community', 'unsupported']).optional(),
        versions: z.boolean().optional(),
        integration: z.boolean().optional(),
      })
      .optional(),
    /** Defaults of this guide's own variables, such as `subdomain-app: paperless`. */
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
      .optional(),
    seo: z
      .strictObject({
        title: optionalText.refine(noPlaceholder, NO_PLACEHOLDER),
        description: optionalText.refine(noPlaceholder, NO_PLACEHOLDER),
        canonical: optionalText.refine(safeAddress, SAFE_ADDRESS),
        noindex: z.boolean().default(false),
      })
      .optional(),
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
