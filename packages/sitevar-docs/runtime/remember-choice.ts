import { CHOICE_MADE } from './page-attributes';

/** The keys of the reader's display choices, which `choices.ts` shows. */
export const THEME = 'sitevar-theme';
export const WRAP = 'sitevar-wrap';
export const LEAD_SECTION = 'sitevar-lead-section';
export const TAB_PREFIX = 'sitevar-tabs:';
/** How every key this site stores starts, the reader's values' (`registry/storage-key.ts`) and choices'. */
export const ANY_KEY_PREFIX = 'sitevar';

/** Keeps a choice and has the core show it (and keep it for the page, if storage cannot). */
export function rememberChoice(key: string, value: string): void {
  try {
    if (localStorage.getItem(key) !== value) localStorage.setItem(key, value);
  } catch {
    // Not remembered beyond this page: the choice still applies here.
  }
  dispatchEvent(new CustomEvent(CHOICE_MADE, { detail: [key, value] }));
}

