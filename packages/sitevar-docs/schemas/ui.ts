import { z } from 'astro/zod';
import { PROBLEM_MESSAGES } from '../registry/problem-messages.ts';

/**
 * Every sentence the engine shows, in one place, in English. A site replaces any of them with
 * `ui: { key: 'text' }`; `{name}` parts are filled in where the text is used. Strings the
 * browser needs reach it one by one (`virtual:sitevar-docs/ui`), so a page carries only those
 * its scripts use.
 */
export const UI_DEFAULTS = {
  skipLink: 'Skip to content',
  navGuides: 'Guides',
  navLabel: 'Site',
  searchLabel: 'Search the guides',
  searchPlaceholder: 'Search guides',
  searchHint: 'Press slash or Control K to search',
  searchResults: 'Search results',
  searchEmpty: 'No guide mentions “{query}”.',
  searchYourValues: 'Where the guides show your {labels}:',
  themeLabel: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  preferencesButton: 'Your values',
  invalidOne: '(1 value is not valid)',
  invalidMany: '({count} values are not valid)',
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
  versionsTested: 'Versions tested',
  integrationTested: 'Integration tested',
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
  resetDone: 'All values are back to the examples.',
  appliedAs: 'Applied as {value}',
  computingDigest: 'Computing the digest…',
  credentialsWarning: 'The credentials on this page are public examples. Generate your own before you copy the configuration.',
  generate: 'Generate credentials',
  generateAgain: 'Generate new credentials',
  forget: 'Forget credentials',
  generating: 'Generating, and computing the digest (PBKDF2-SHA512, {iterations} rounds)…',
  generated: 'New credentials are in every block of this guide. They stay in this tab only.',
  generateFailed: 'Could not generate credentials: {error}',
  forgotten: 'Credentials forgotten: the guide shows the examples again.',
  noWebcrypto:
    'This browser offers WebCrypto only on secure pages (https or localhost), so credentials cannot be generated here: the guide keeps its example values.',
  copy: 'Copy',
  copied: 'Copied',
  copyCode: 'Copy code',
  excerpt: 'Excerpt',
  excerptNote: 'Part of a larger file: not complete on its own',
  copyRefusedOne: 'Not copied: your {names} is not valid. Fix it in your preferences first.',
  copyRefusedMany: 'Not copied: your {names} are not valid. Fix them in your preferences first.',
  copyFailed: 'Copy failed: your browser blocked the clipboard. Select the code and press Ctrl+C (⌘C on a Mac).',
  copiedWithExamples: 'Copied, with example values for {names}: set your own in preferences.',
  copiedDone: 'Copied to the clipboard.',
  listAnd: 'and',
  legendLabel: 'What the marked values are',
  legendExampleMark: 'Underlined',
  legendExample: 'an example or a default',
  legendYoursMark: 'Highlighted',
  legendYours: 'your own value',
  legendAction: 'Set your own',
  markYours: '{label}: your value',
  markExample: '{label}: example value, set yours in preferences',
  markDefault: '{label}: default value, change it in preferences if yours differs',
  headingLink: 'Link to the section “{heading}”',
  calloutNote: 'Note',
  calloutTip: 'Tip',
  calloutCaution: 'Caution',
  calloutDanger: 'Danger',
  tabsLabel: '{group} options',
  // Why a value is refused (registry/problem-messages.ts).
  ...PROBLEM_MESSAGES,
} as const;

export type UiKey = keyof typeof UI_DEFAULTS;

/**
 * The strings browser scripts use, by the script that uses them: each area is its own module, so
 * a string lands in the script that needs it (the page's own script stays small).
 */
export const RUNTIME_UI = {
  marks: ['markYours', 'markExample', 'markDefault'],
  search: ['searchEmpty', 'searchYourValues'],
  form: [
    'appliedAs',
    'computingDigest',
    'generating',
    'generated',
    'generateFailed',
    'forgotten',
    'resetDone',
    'invalidOne',
    'invalidMany',
    'noWebcrypto',
    ...(Object.keys(PROBLEM_MESSAGES) as (keyof typeof PROBLEM_MESSAGES)[]),
  ],
  copy: ['copy', 'copied', 'copyRefusedOne', 'copyRefusedMany', 'copyFailed', 'copiedWithExamples', 'copiedDone', 'listAnd'],
} as const satisfies Record<string, readonly UiKey[]>;
export type UiStrings = { readonly [Key in UiKey]: string };

const keys = Object.keys(UI_DEFAULTS) as [UiKey, ...UiKey[]];

/** A site's replacements for any of the strings; unknown keys are errors (a typo would do nothing). */
export const uiSchema = z
  .partialRecord(z.enum(keys), z.string().min(1))
  .default({})
  .transform((overrides): UiStrings => ({ ...UI_DEFAULTS, ...overrides }));

export { fill } from './ui-fill.ts';
