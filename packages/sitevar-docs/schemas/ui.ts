import { z } from 'astro/zod';
import { PROBLEM_MESSAGES } from '../registry/problem-messages.ts';
import { translationFor } from './translations/index.ts';

/**
 * The strings browser scripts show, by the script that shows them: each area becomes a module of
 * its own (`virtual:sitevar-docs/ui/<area>`), so a string lands in the script that needs it and
 * the page's own script stays small. Pages may show them too (a copy button's label).
 */
export const RUNTIME_UI_DEFAULTS = {
  /** The marks' tooltips (`runtime/mark-titles.ts`). */
  marks: {
    markYours: '{label}: your value',
    markExample: '{label}: example value, set yours in preferences',
    markDefault: '{label}: default value, change it in preferences if yours differs',
  },
  /** Search results (`runtime/search.ts`). */
  search: {
    searchEmpty: 'No guide mentions “{query}”.',
    searchYourValues: 'Where the guides show your {labels}:',
  },
  /** The preferences form and credentials (`runtime/preferences-form.ts`, `credentials.ts`, `preferences-store.ts`), with why a value is refused (`registry/problem-messages.ts`). */
  form: {
    appliedAs: 'Applied as {value}',
    computingDigest: 'Computing the digest…',
    generating: 'Generating, and computing the digest (PBKDF2-SHA512, {iterations} rounds)…',
    generated: 'New credentials are in every block of this guide. They stay in this tab only.',
    generateFailed: 'Could not generate credentials: {error}',
    forgotten: 'Credentials forgotten: the guide shows the examples again.',
    resetDone: 'All values are back to the examples.',
    invalidOne: '(1 value is not valid)',
    invalidMany: '({count} values are not valid)',
    noWebcrypto:
      'This browser offers WebCrypto only on secure pages (https or localhost), so credentials cannot be generated here: the guide keeps its example values.',
    ...PROBLEM_MESSAGES,
  },
  /** Copy buttons (`runtime/copy-button.ts`). */
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    copyRefusedOne: 'Not copied: your {names} is not valid. Fix it in your preferences first.',
    copyRefusedMany: 'Not copied: your {names} are not valid. Fix them in your preferences first.',
    copyFailed: 'Copy failed: your browser blocked the clipboard. Select the code and press Ctrl+C (⌘C on a Mac).',
    copiedWithExamples: 'Copied, with example values for {names}: set your own in preferences.',
    copiedDone: 'Copied to the clipboard.',
    listAnd: 'and',
  },
} as const;

/** The strings only pages show, rendered when the site is built. */
const PAGE_UI_DEFAULTS = {
  skipLink: 'Skip to content',
  navGuides: 'Guides',
  navLabel: 'Site',
  searchLabel: 'Search the guides',
  searchPlaceholder: 'Search guides',
  searchHint: 'Press slash or Control K to search',
  searchResults: 'Search results',
  themeLabel: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  preferencesButton: 'Your values',
  dialogClose: 'Close',
  dialogDone: 'Done',
  footer: 'Values you enter stay in your browser.',
  tocHeading: 'On this page',
  sidebarLabel: 'Guides',
  sidebarAll: 'All guides',
  sidebarMore: 'All {count} {section} guides',
  breadcrumbsLabel: 'Breadcrumbs',
  sectionSwitchLabel: 'Also for:',
  sectionSwitchName: 'Other sections',
  sectionLead: 'Show {section} first',
  relatedHeading: 'Related guides',
  relatedSameGuide: 'the same guide, for {section}',
  relatedSameSection: 'another {section} guide',
  paginationLabel: 'Previous and next guides',
  paginationPrevious: 'Previous',
  paginationNext: 'Next',
  editLink: 'Edit this page',
  lastUpdated: 'Updated {date}',
  badgesLabel: 'About this guide',
  supportOfficial: 'Officially supported',
  supportCommunity: 'Community supported',
  supportUnsupported: 'Unsupported',
  versionSpecific: 'Version specific',
  integrationGuide: 'Third-party integration',
  notFoundTitle: 'Page not found',
  notFoundHeading: 'We could not find that page',
  notFoundLede: 'The guide may have moved. These are the guides we have:',
  notFoundBack: 'Back to all guides',
  movedTitle: 'Moved: {title}',
  movedBody: 'This guide has moved to',
  homeAction: 'Set your values',
  homeNote: 'Nothing you type leaves your browser.',
  noscript: 'The code on this page shows example values. Turn on JavaScript to fill in your own; they would stay in your browser.',
  preferencesHeading: 'Your values',
  privacyNote:
    'Every code block on this site updates as you type. These values stay in this browser: they are saved in its local storage and never sent anywhere.',
  storageBlocked: 'This browser cannot save your values (its storage is blocked or full), so they apply to this page only and will not be remembered.',
  ignoredNote: 'A saved value here was not valid and was ignored.',
  derivedValues: 'Derived values',
  wrapLines: 'Wrap long lines in code blocks',
  reset: 'Reset to examples',
  credentialsWarning: 'The credentials on this page are public examples. Generate your own before you copy the configuration.',
  generate: 'Generate credentials',
  generateAgain: 'Generate new credentials',
  forget: 'Forget credentials',
  excerpt: 'Excerpt',
  excerptNote: 'Part of a larger file: not complete on its own',
  legendLabel: 'What the marked values are',
  legendExampleMark: 'Underlined',
  legendExample: 'an example or a default',
  legendYoursMark: 'Highlighted',
  legendYours: 'your own value',
  legendAction: 'Set your own',
  headingLink: 'Link to the section “{heading}”',
  calloutNote: 'Note',
  calloutTip: 'Tip',
  calloutCaution: 'Caution',
  calloutDanger: 'Danger',
  tabsLabel: '{group} options',
  // For the author, in development only (components/GuideProblems.astro).
  devProblemsOne: '1 content problem in this guide',
  devProblemsMany: '{count} content problems in this guide',
  devProblemsNote: 'Shown in development only; a build stops on them. This notice goes away as soon as the guide is saved without them.',
} as const;

/**
 * Every sentence the engine shows, in one place, in English. A site replaces any of them with
 * `ui: { key: 'text' }`; `{name}` parts are filled in where the text is used.
 */
export const UI_DEFAULTS = {
  ...PAGE_UI_DEFAULTS,
  ...RUNTIME_UI_DEFAULTS.marks,
  ...RUNTIME_UI_DEFAULTS.search,
  ...RUNTIME_UI_DEFAULTS.form,
  ...RUNTIME_UI_DEFAULTS.copy,
} as const;

export type UiKey = keyof typeof UI_DEFAULTS;

/** The areas of the browser's strings, and each area's strings by name. */
export type RuntimeUiArea = keyof typeof RUNTIME_UI_DEFAULTS;
export type RuntimeUiStrings<Area extends RuntimeUiArea> = { readonly [Key in keyof (typeof RUNTIME_UI_DEFAULTS)[Area]]: string };

/** The names of each area's strings (`integrations/virtual-modules.ts` writes a module of each). */
// Object.keys types its result string[]: the names are those of RUNTIME_UI_DEFAULTS, by construction.
export const RUNTIME_UI = Object.fromEntries(Object.entries(RUNTIME_UI_DEFAULTS).map(([area, strings]) => [area, Object.keys(strings)])) as unknown as {
  readonly [Area in RuntimeUiArea]: readonly (keyof (typeof RUNTIME_UI_DEFAULTS)[Area] & UiKey)[];
};
export type UiStrings = { readonly [Key in UiKey]: string };

const keys = Object.keys(UI_DEFAULTS) as [UiKey, ...UiKey[]];

/** A site's replacements for any of the strings; unknown keys are errors (a typo would do nothing). */
export const uiSchema = z.partialRecord(z.enum(keys), z.string().min(1)).default({});

/**
 * The strings a site shows: the engine's translation for its language where it ships one
 * (translations/: German, French, Spanish), else English, with the site's own replacements over
 * them, one string at a time.
 */
export function uiStrings(lang: string, overrides: Partial<UiStrings>): UiStrings {
  return { ...UI_DEFAULTS, ...translationFor(lang), ...overrides };
}

export { fill } from './ui-fill.ts';
