import { z } from 'astro/zod';

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
