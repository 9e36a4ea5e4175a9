/**
 * Attributes through which the page's separately bundled scripts tell each other what state the
 * page is in. Constants only, so importing one costs the inline core nothing else.
 */

/**
 * The empty element at the end of <body>: the inline core (in <head>) puts stored values and choices
 * in place as the parser reaches it, before the first paint.
 */
export const PAGE_END = 'sitevar-page-end';

/** On <html>: the browser's storage throws (blocked), so nothing the reader sets is remembered. */
export const STORAGE_BLOCKED = 'data-storage-blocked';

/** On a preferences field: it holds the reader's input, not yet taken over by the form. */
export const EDITED = 'data-edited';

/** Fired on window when stored values changed without a storage event (a check finished). */
export const VALUES_CHANGED = 'sitevar:values-changed';

/** Fired on window each time the core has applied the stored values (`shared.values`). */
export const VALUES_APPLIED = 'sitevar:values-applied';

/**
 * The events the core's page loader records until the reader's first gesture has loaded
 * `interactions.ts`, which replays them: each one is handled there.
 */
export const GESTURES = ['click', 'keydown', 'pointerdown', 'pointerover', 'focusin', 'input', 'change'] as const;
