import { z } from 'astro/zod';

/*
 * A guide's sources file: the claims the guide makes, each with the upstream file that backs it
 * and a short text of the guide that carries it. It sits beside the guide (`paperless.mdx`,
 * `paperless.sources.yml`), because front matter is the authoring contract's and stays as it is.
 * The content checks read it (content-checks/guide-sources.ts): an anchor that is no longer in
 * its guide fails the build, so a reviewer can check any claim in one step and a claim cannot
 * silently lose its backing when the guide is edited.
 */

/** The sources file of a guide is named like the guide, with this ending instead of `.mdx` or `.md`. */
export const SOURCES_FILE_ENDING = '.sources.yml';

/** Anchors are short enough to read and long enough to be found once: a phrase, not a word. */
export const ANCHOR_LENGTH = { min: 12, max: 160 } as const;

const claim = z
  .strictObject({
    claim: z
      .string()
      .trim()
      .min(10)
      .max(500)
      .meta({ description: 'What the guide claims, in one sentence.', examples: ['PAPERLESS_URL adds the address to the CSRF trusted origins.'] }),
    anchor: z
      .string()
      .min(ANCHOR_LENGTH.min)
      .max(ANCHOR_LENGTH.max)
      .meta({
        description:
          'Text of the guide’s source that carries the claim, as written there (placeholders and backticks included; any run of spaces and line breaks counts as one space). The build fails when the guide no longer contains it.',
        examples: ['adds it to the origins it trusts for CSRF and CORS'],
      }),
    repo: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/, 'a GitHub repository as owner/name, like paperless-ngx/paperless-ngx')
      .meta({ description: 'The upstream GitHub repository, as owner/name.', examples: ['paperless-ngx/paperless-ngx'] }),
    ref: z
      .string()
      .regex(/^[A-Za-z0-9][\w.+-]{0,99}$/, 'a tag such as v3.0.5, or a 40-character commit')
      .meta({ description: 'The tag that was read, or the commit where the repository was read between releases.', examples: ['v3.0.5'] }),
    path: z
      .string()
      .max(300)
      .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\s\\]+$/, 'a path inside the repository, like src/paperless/settings.py, without a leading / or .. segments')
      .meta({ description: 'The file in that repository that backs the claim.', examples: ['src/paperless/settings/__init__.py'] }),
    at: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'What to look for in that file: a function, setting, heading or short string.', examples: ['_parse_paperless_url'] }),
  })
  .meta({ description: 'One claim of the guide and the upstream file that backs it.' });

export const guideSourcesSchema = z
  .strictObject({
    claims: z.array(claim).min(1).max(1000).meta({ description: 'Every claim a reader acts on, each with its upstream file.' }),
  })
  .meta({ description: 'The sources file of a guide (`<guide>.sources.yml` beside it).' });

export type GuideSources = z.infer<typeof guideSourcesSchema>;
