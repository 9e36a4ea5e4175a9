/** The keys of the reader's display choices, which `choices.ts` reads, shows and remembers. */
export const THEME = 'sitevar-theme';
export const WRAP = 'sitevar-wrap';
export const LEAD_SECTION = 'sitevar-lead-section';
export const TAB_PREFIX = 'sitevar-tabs:';
/** How every key this site stores starts, the reader's values' (`registry/storage-key.ts`) and choices'. */
export const ANY_KEY_PREFIX = 'sitevar';
/**
 * On a control that makes a display choice: the key it is stored under. The core stores the
 * control's value as it changes (`page-loader.ts`), whatever the control is.
 */
export const CHOICE = 'data-choice';
