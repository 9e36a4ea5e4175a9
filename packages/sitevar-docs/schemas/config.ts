import { z } from 'astro/zod';
import type { SiteVariable } from '../registry/index.ts';
import { uiSchema } from './ui.ts';
import { variablesSchema } from './variables.ts';

/*
 * Everything a site tells the engine, validated once when the integration starts. Errors name
 * the key and say what is allowed; nothing site-specific is decided anywhere else.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens (it is also a folder name)');
const urlPath = z.string().regex(/^\/(?:[\w.-]+\/)*$/, 'a path that starts and ends with "/", like /guides/');

const section = z.strictObject({
  /** The folder under the guides directory, and the URL segment. */
  id,
  /** How the section is named in the sidebar, headings and titles. */
  label: z.string().min(1),
  description: z.string().min(1).optional(),
});

const variableGroup = z.strictObject({
  id,
  label: z.string().min(1),
  /** Shown only on guides of these sections (and on pages that are not guides). */
  sections: z.array(id).optional(),
});

/** A component a site adds for its guides, usable without an import. */
const guideComponent = z.union([
  z.string().min(1),
  z.strictObject({
    entrypoint: z.string().min(1),
    /** Heading ids the component puts on a page, so links to them can be checked. */
    anchors: z.array(z.string().min(1)).default([]),
  }),
]);

/** Engine components a site may replace with its own (a path to an `.astro` file). */
export const OVERRIDABLE_COMPONENTS = ['SiteHeader', 'SiteFooter', 'HomeHero', 'GuideHeader', 'Callout'] as const;

const socialLink = z.strictObject({
  label: z.string().min(1),
  href: z.url({ protocol: /^https?$/ }),
  icon: z.enum(['github', 'gitlab', 'codeberg', 'mastodon', 'discord', 'matrix', 'rss', 'link']).default('link'),
});

export const configSchema = z
  .strictObject({
    /** The site's name: header, page titles, social metadata. */
    title: z.string().min(1),
    description: z.string().min(1),
    /** The page language (`lang`), and the locale of dates. */
    lang: z.string().min(2).default('en'),
    /** An SVG or image under `public/`, shown before the title. */
    logo: z.strictObject({ src: z.string().startsWith('/'), alt: z.string().default('') }).optional(),
    /** Stylesheets of the site's own, after the engine's: set its CSS variables (--accent…) or add rules. */
    customCss: z.array(z.string().min(1)).default([]),
    /** The icon browsers show for the site, under `public/`. */
    favicon: z.string().startsWith('/').default('/favicon.svg'),
    social: z.array(socialLink).default([]),
    /** Text of the footer, under every page. */
    footer: z.string().optional(),
    /** "Edit this page" links: the guide's file path is appended to this URL. */
    editLink: z.strictObject({ baseUrl: z.url({ protocol: /^https?$/ }) }).optional(),
    /** "Last updated" from each guide's latest git commit (where git is there), unless the guide has a date. */
    lastUpdated: z.boolean().default(true),
    /** The folder holding `guides/`, relative to the project. */
    contentDirectory: z.string().min(1).default('content'),
    home: z
      .strictObject({
        headline: z.string().min(1).optional(),
        lede: z.string().min(1).optional(),
        /** The label of the button that opens the preferences. */
        action: z.string().min(1).optional(),
        note: z.string().min(1).optional(),
      })
      .default({}),
    guides: z
      .strictObject({
        /** Where guides live in the URL: `/guides/` gives /guides/<section>/<guide>/. */
        base: urlPath.default('/guides/'),
        /** How a guide's heading and title read: {title} and {section} are filled in. */
        title: z.string().min(1).default('{title}'),
        /** The line above a guide's heading. */
        kicker: z.string().min(1).default('{section}'),
        /** Guides with the same file name in several sections link to each other. */
        sectionSwitch: z.boolean().default(true),
      })
      .default({ base: '/guides/', title: '{title}', kicker: '{section}', sectionSwitch: true }),
    /** The sections (folders) of guides, in sidebar order. */
    sections: z.array(section).default([]),
    /** The groups of the preferences form, in order. */
    variableGroups: z
      .array(variableGroup)
      .min(1)
      .default([{ id: 'site', label: 'Your site' }]),
    variables: variablesSchema,
    markdown: z
      .strictObject({
        /** Extra Shiki grammars (TextMate grammar objects), such as a Caddyfile grammar. */
        languages: z.array(z.looseObject({ name: z.string().min(1), scopeName: z.string().min(1) })).default([]),
        /** Fence languages read as another: `{ env: 'dotenv' }`. */
        langAlias: z.record(z.string(), z.string()).default({}),
      })
      .default({ languages: [], langAlias: {} }),
    ui: uiSchema,
    components: z.partialRecord(z.enum(OVERRIDABLE_COMPONENTS), z.string().min(1)).default({}),
    /**
     * Lets guides hold code: `import`/`export`, {…} expressions, any HTML. That code runs at build
     * time with the builder's rights (files, environment, network) and its output is published:
     * only for a site whose every author is trusted with the build machine.
     */
    trustGuideCode: z.boolean().default(false),
    guideComponents: z.record(z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'a component name starts with a capital letter'), guideComponent).default({}),
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
      const unknown = [...config.guides[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1]).filter((name) => name !== 'title' && name !== 'section');
      if (unknown.length > 0)
        context.addIssue({ code: 'custom', path: ['guides', key], message: `only {title} and {section} can be filled in, not {${unknown[0]}}.` });
    }
  });

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
  const error = new Error(`sitevarDocs() options are not valid:\n${lines.join('\n')}`);
  error.name = 'SitevarDocsConfigError';
  error.stack = '';
  throw error;
}
