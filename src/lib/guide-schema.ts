import { z } from 'astro/zod';
import { getVariable, validateValue } from '../registry';

/** An empty string in Hugo front matter means "unset"; treat it so. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** The front matter of the authoring contract; unknown keys are errors, so typos cannot pass. */
export const guideSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  summary: optionalText,
  date: z.coerce.date().optional(),
  draft: z.boolean().default(false),
  images: z.array(z.string()).optional(),
  weight: z.number().optional(),
  toc: z.boolean().default(true),
  aliases: z.array(z.string().startsWith('/')).optional(),
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
        const variable = getVariable(name);
        if (!variable || variable.scope === 'site' || variable.derived) {
          context.addIssue({ code: 'custom', path: [name], message: `"${name}" is not a variable a guide can set; guide variables are subdomain-app, client-id and client-secret.` });
          continue;
        }
        const result = validateValue(variable, value);
        if (!result.ok || result.value !== value) {
          context.addIssue({ code: 'custom', path: [name], message: `"${value}" is not a valid ${variable.label}: ${result.ok ? `write it as ${result.value}` : result.message}` });
        }
      }
    })
    .optional(),
  seo: z
    .strictObject({
      title: optionalText,
      description: optionalText,
      canonical: optionalText,
      noindex: z.boolean().default(false),
    })
    .optional(),
});

export type GuideData = z.output<typeof guideSchema>;
