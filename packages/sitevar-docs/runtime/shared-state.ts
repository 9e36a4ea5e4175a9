/**
 * State the page's separately bundled scripts (the inline core, the page module and the modules
 * that load on first use) must agree on within one page. Kept on the global object under a
 * symbol, so each bundle's copy of this module finds the same object.
 */
interface SharedState {
  /** Stored client-secret digests checked against their secret on this page. */
  readonly verifiedDigests: Set<string>;
  /** Stored values (`name=value`) the full check accepted, which the core defers (punycode). */
  readonly verifiedValues: Set<string>;
  /** Names whose saved value was found invalid and ignored, for the form to say so. */
  readonly ignoredNames: Set<string>;
  /** Names whose stored values are being checked: their marks stay hidden until then. */
  readonly waitingNames: Set<string>;
}

const KEY = Symbol.for('sitevar-docs.runtime');
const global = globalThis as unknown as Record<typeof KEY, SharedState | undefined>;

export const shared: SharedState = (global[KEY] ??= { verifiedDigests: new Set(), verifiedValues: new Set(), ignoredNames: new Set(), waitingNames: new Set() });

/** Fired on window when stored values changed without a storage event (a check finished). */
export const VALUES_CHANGED = 'sitevar:values-changed';
