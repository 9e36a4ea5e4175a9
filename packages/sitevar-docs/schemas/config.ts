import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import type { SiteVariable } from '../registry/index.ts';
import { templateNames } from '../registry/template.ts';
import { uiSchema, uiStrings } from './ui.ts';
import { variablesSchema } from './variables.ts';

/*
 * Everything a site tells the engine, validated once when the integration starts. Errors name
 * the key and say what is allowed; nothing site-specific is decided anywhere else.
 *
 * Every option says what it does in its `.meta()` description (and often an example): the one
 * place it is written, read by the options reference (reference.ts); descriptions.test.ts fails
 * for an option without one.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens (it is also a folder name)');
const urlPath = z.string().regex(/^\/(?:[\w.-]+\/)*$/, 'a path that starts and ends with "/", like /guides/');

const section = z.strictObject({
  id: id.meta({
    description: 'The folder under the guides directory that holds the section’s guides, which is also its URL segment.',
    examples: ['install'],
  }),
  label: z
    .string()
    .min(1)
    .meta({ description: 'How the section is named in the sidebar, on the home page, and in guide headings and titles.', examples: ['Install'] }),
  description: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'A sentence about the section, for the site’s own components (such as its `HomeHero`) to show; the engine’s pages do not.' }),
});

const variableGroup = z.strictObject({
  id: id.meta({ description: 'The name variables use in their `group` to be listed in this group.', examples: ['proxy'] }),
  label: z
    .string()
    .min(1)
    .meta({ description: 'The heading of the group’s fieldset in the preferences form.', examples: ['Reverse proxy'] }),
  sections: z
    .array(id)
    .optional()
    .meta({
      description: 'Show the group only on guides of these sections (and on pages that are not guides); each must be the id of one of `sections`.',
      examples: [['proxy']],
    }),
});

const guideComponent = z.union([
  z.string().min(1),
  z
    .strictObject({
      entrypoint: z
        .string()
        .min(1)
        .meta({ description: 'The component’s `.astro` file, relative to the project.', examples: ['./src/components/Notice.astro'] }),
      anchors: z
        .array(z.string().min(1))
        .default([])
        .meta({
          description: 'The ids of the headings the component puts on a page, so that links to them pass the link checks.',
          examples: [['before-you-begin']],
        }),
    })
    .meta({ description: 'The component as an object, for one that adds headings links may point to.' }),
]);

/** Engine components a site may replace with its own (a path to an `.astro` file). */
export const OVERRIDABLE_COMPONENTS = ['SiteHeader', 'SiteFooter', 'HomeHero', 'GuideHeader', 'Callout'] as const;

const socialLink = z.strictObject({
  label: z
    .string()
    .min(1)
    .meta({ description: 'The text of the link.', examples: ['Source'] }),
  href: z
    .url({ protocol: /^https?$/ })
    .meta({ description: 'Where the link goes: an http or https address.', examples: ['https://github.com/example/project'] }),
  icon: z
    .enum(['github', 'gitlab', 'codeberg', 'mastodon', 'discord', 'matrix', 'rss', 'link'])
    .default('link')
    .meta({ description: 'The icon shown before the text.' }),
});

export const configSchema = z
  .strictObject({
    title: z
      .string()
      .min(1)
      .meta({ description: 'The site’s name, shown in the header, in page titles and in social metadata.', examples: ['Gatekeep docs'] }),
    description: z
      .string()
      .min(1)
      .meta({
        description:
          'A sentence about the site: the home page’s lede (unless `home.lede` says otherwise), the pages’ default meta description and the summary in llms.txt.',
        examples: ['Install Gatekeep and put it behind your reverse proxy.'],
      }),
    lang: z
      .string()
      .min(2)
      .default('en')
      .meta({ description: 'The language of the pages (their `lang`), of the search index, and the locale dates are written in.', examples: ['de', 'en-US'] }),
    logo: z
      .strictObject({
        src: z
          .string()
          .startsWith('/')
          .meta({ description: 'The image’s path under `public/`, starting with "/".', examples: ['/logo.svg'] }),
        alt: z.string().default('').meta({ description: 'The image’s alternative text; leave it empty when the title beside it says it all.' }),
      })
      .optional()
      .meta({ description: 'An SVG or other image shown before the title in the header.', examples: [{ src: '/logo.svg', alt: '' }] }),
    customCss: z
      .array(z.string().min(1))
      .default([])
      .meta({
        description:
          'Stylesheets of the site’s own, relative to the project, loaded after the engine’s: set its CSS variables (`--accent`, `--bg`, `--text`…) or add rules.',
        examples: [['./src/styles/site.css']],
      }),
    favicon: z
      .string()
      .startsWith('/')
      .default('/favicon.svg')
      .meta({ description: 'The icon browsers show for the site: a path under `public/`, starting with "/".', examples: ['/favicon.png'] }),
    social: z
      .array(socialLink)
      .default([])
      .meta({
        description: 'Links shown in the footer, each with an icon, such as the project’s source or chat.',
        examples: [[{ label: 'Source', href: 'https://github.com/example/project', icon: 'github' }]],
      }),
    footer: z
      .string()
      .optional()
      .meta({ description: 'The text of the footer, under every page; without it, the footer says that values stay in the browser (the `footer` UI string).' }),
    editLink: z
      .strictObject({
        baseUrl: z.url({ protocol: /^https?$/ }).meta({
          description: 'The address a guide’s file path (relative to the project) is resolved against, so it should end with "/".',
          examples: ['https://github.com/example/docs/edit/main/'],
        }),
      })
      .optional()
      .meta({ description: 'Adds an “Edit this page” link to every guide, pointing at its file in the site’s repository.' }),
    lastUpdated: z.boolean().default(true).meta({
      description:
        'Shows an “Updated” date on each guide, taken from its latest git commit (where the project is a git repository); a guide’s own `date` wins.',
    }),
    contentDirectory: z
      .string()
      .min(1)
      .default('content')
      .meta({ description: 'The folder that holds `guides/`, relative to the project.', examples: ['docs'] }),
    home: z
      .strictObject({
        headline: z
          .string()
          .min(1)
          .optional()
          .meta({
            description: 'The home page’s heading, also added to its title; without it, the heading is the site’s `title`.',
            examples: ['Run Gatekeep on your own machines'],
          }),
        lede: z.string().min(1).optional().meta({ description: 'The paragraph under the heading; without it, the site’s `description`.' }),
        action: z
          .string()
          .min(1)
          .optional()
          .meta({ description: 'The label of the button that opens the preferences; without it, the `homeAction` UI string.', examples: ['Set your domain'] }),
        note: z.string().min(1).optional().meta({ description: 'The short note beside that button; without it, the `homeNote` UI string.' }),
      })
      .default({})
      .meta({ description: 'The texts of the home page’s introduction (the `HomeHero` component).' }),
    guides: z
      .strictObject({
        base: urlPath
          .default('/guides/')
          .meta({ description: 'Where guides live in the URL: `/guides/` gives /guides/<section>/<guide>/.', examples: ['/docs/'] }),
        title: z
          .string()
          .min(1)
          .default('{title}')
          .meta({ description: 'How a guide’s heading and page title read, where {title} and {section} are filled in.', examples: ['{title} with {section}'] }),
        kicker: z
          .string()
          .min(1)
          .default('{section}')
          .meta({ description: 'The line above a guide’s heading, where {title} and {section} are filled in.', examples: ['{section} · OpenID Connect'] }),
        sectionSwitch: z.boolean().default(true).meta({ description: 'Links guides that have the same file name in several sections to each other.' }),
        requireSources: z
          .boolean()
          .default(false)
          .meta({
            description:
              'Every guide must have a sources file beside it (`<guide>.sources.yml`) that lists its claims, each with the upstream repository, tag and file that back it and a short text of the guide that carries it. Sources files are checked whether or not they are required.',
            examples: [true],
          }),
      })
      // Parsed like a given {}: each option's own default fills it, written once, above.
      .prefault({})
      .meta({ description: 'Where guides live and how their headings read.' }),
    sections: z
      .array(section)
      .default([])
      .meta({
        description: 'The sections (folders) of guides, in the order of the sidebar and the home page; folders not listed follow, capitalised.',
        examples: [[{ id: 'install', label: 'Install' }]],
      }),
    variableGroups: z
      .array(variableGroup)
      .min(1)
      .default([{ id: 'site', label: 'Your site' }])
      .meta({
        description: 'The groups (fieldsets) of the preferences form, in order; every variable’s `group` must be one of them.',
        examples: [
          [
            { id: 'site', label: 'Your site' },
            { id: 'proxy', label: 'Reverse proxy', sections: ['proxy'] },
          ],
        ],
      }),
    variables: variablesSchema.meta({
      description: 'The values a reader can set, each defined once: the build, the preferences form and the browser all read these definitions.',
    }),
    markdown: z
      .strictObject({
        languages: z
          .array(
            z.looseObject({
              name: z
                .string()
                .min(1)
                .meta({ description: 'The language’s name, which fences use.', examples: ['caddyfile'] }),
              scopeName: z
                .string()
                .min(1)
                .meta({ description: 'The grammar’s root scope.', examples: ['source.caddyfile'] }),
            }),
          )
          .default([])
          .meta({
            description:
              'Extra Shiki grammars for code blocks, such as a Caddyfile grammar: TextMate grammar objects as read from their `.tmLanguage.json` files, labelled in code blocks by their `displayName`.',
          }),
        langAlias: z
          .record(z.string(), z.string())
          .default({})
          .meta({ description: 'Fence languages to highlight as another language (`env` is already read as `dotenv`).', examples: [{ conf: 'nginx' }] }),
      })
      .prefault({})
      .meta({ description: 'How code blocks are highlighted.' }),
    ui: uiSchema.meta({
      description:
        'Replacements for single strings the engine shows, by key (the keys and English texts are in schemas/ui.ts). They go over the engine’s own translation for the site’s `lang` (German, French and Spanish ship with it), else over English. `{name}` parts are filled in where shown; an unknown key is an error.',
      examples: [{ copy: 'Copy to clipboard', footer: 'Your values never leave this browser.' }],
    }),
    components: z
      .partialRecord(z.enum(OVERRIDABLE_COMPONENTS), z.string().min(1))
      .default({})
      .meta({
        description:
          'Engine components replaced by the site’s own `.astro` files, relative to the project. A header of the site’s own can keep the engine’s controls: `sitevar-docs/components/SiteSearch.astro`, `ThemeSelect.astro` and `PreferencesButton.astro`.',
        examples: [{ SiteFooter: './src/components/Footer.astro' }],
      }),
    trustGuideCode: z.boolean().default(false).meta({
      description:
        'Lets guides hold code: `import`/`export`, {…} expressions, any HTML. That code runs at build time with the builder’s rights (files, environment, network) and its output is published: only for a site whose every author is trusted with the build machine.',
    }),
    guideComponents: z
      .record(z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'a component name starts with a capital letter'), guideComponent)
      .default({})
      .meta({
        description:
          'Components of the site’s own that guides may use without an import, by the name guides write (starting with a capital letter): the `.astro` file relative to the project, or an object when the component adds headings.',
        examples: [{ Notice: './src/components/Notice.astro', OidcCommon: { entrypoint: './src/components/OidcCommon.astro', anchors: ['before-you-begin'] } }],
      }),
  })
  .superRefine((config, context) => {
    const groups = new Set(config.variableGroups.map((group) => group.id));
    const sections = new Set(config.sections.map((item) => item.id));
    config.variables.forEach((variable: SiteVariable, index: number) => {
      if (!groups.has(variable.group)) {
        context.addIssue({
          code: 'custom',
          path: ['variables', index, 'group'],
          message: `"${variable.name}" is in group "${variable.group}", which variableGroups does not define (it has ${[...groups].join(', ')}).`,
        });
      }
    });
    config.variableGroups.forEach((group, index) => {
      for (const sectionId of group.sections ?? []) {
        if (!sections.has(sectionId))
          context.addIssue({
            code: 'custom',
            path: ['variableGroups', index, 'sections'],
            message: `"${sectionId}" is not one of the sections (${[...sections].join(', ') || 'none defined'}).`,
          });
      }
    });
    for (const key of ['title', 'kicker'] as const) {
      const unknown = templateNames(config.guides[key]).filter((name) => name !== 'title' && name !== 'section');
      if (unknown.length > 0)
        context.addIssue({ code: 'custom', path: ['guides', key], message: `only {title} and {section} can be filled in, not {${unknown[0]}}.` });
    }
  })
  // Every string, in the site's language, once the language is known.
  .transform((config) => ({ ...config, ui: uiStrings(config.lang, config.ui) }));

export type SitevarDocsUserConfig = z.input<typeof configSchema>;
export type SitevarDocsConfig = z.output<typeof configSchema>;

/** The configuration, or an error listing every problem as `key: message`. */
export function parseConfig(input: unknown): SitevarDocsConfig {
  const result = configSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.reduce<string>(
      (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
      '',
    );
    return `  ${key || '(options)'}: ${issue.message}`;
  });
  // Astro shows a user error as its message and hint, without a stack: the adopter's mistake, not ours.
  const error = new AstroError(`sitevarDocs() options are not valid:\n${lines.join('\n')}`, CONFIG_HINT);
  error.stack = '';
  throw error;
}

/** Where every option is described, for the hint under a configuration error. */
export const CONFIG_HINT =
  'Fix the options above in the sitevarDocs({ … }) call of astro.config.mjs. Every option, with its type, default and an example, is in the options reference (`optionReference()` from sitevar-docs/reference, and the documentation’s Site options page).';
