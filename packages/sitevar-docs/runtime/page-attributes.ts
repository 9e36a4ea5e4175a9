/**
 * Attributes through which the page's separately bundled scripts tell each other what state the
 * page is in. Constants only, so importing one costs the page module nothing else.
 */

/** On a preferences field: it holds the reader's input, not yet taken over by the form. */
export const EDITED = 'data-edited';

/** Fired on the document when the field sync finds fields the reader changed before it loaded. */
export const FIELDS_EDITED = 'sitevar:fields-edited';

/** On <html>: stored credentials are being checked against each other before they are shown. */
export const VERIFYING = 'data-sitevar-verifying';

/** Fired on window when stored values changed without a storage event (a check finished). */
export const VALUES_CHANGED = 'sitevar:values-changed';

/** Fired on window with [key, value] when the reader makes a display choice (`remember-choice.ts`). */
export const CHOICE_MADE = 'sitevar:choice-made';

/** Fired on window when the core holds back stored values for the full check (`verify-stored.ts`). */
export const VERIFY_NEEDED = 'sitevar:verify-needed';

/** Fired on window each time the core has applied the stored values (`shared.values`). */
export const VALUES_APPLIED = 'sitevar:values-applied';

/**
 * The events the page module records until the reader's first gesture has loaded
 * `interactions.ts`, which replays them: each one is handled there.
 */
export const GESTURES = ['click', 'keydown', 'pointerdown', 'pointerover', 'focusin', 'input', 'change', FIELDS_EDITED] as const;
