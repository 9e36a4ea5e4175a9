/**
 * State the page's separately bundled scripts (the inline core and the modules that load on
 * first use) must agree on within one page. Kept on the global object under a
 * symbol, so each bundle's copy of this module finds the same object.
 */
interface SharedState {
  /**
   * The variables as the core knows them (name, scope, default), and the stored values it shows
   * now (every one canonical): the field sync fills the fields from these, so it needs no
   * validators of its own.
   */
  variables: readonly { readonly name: string; readonly scope?: string | undefined; readonly default?: string | undefined }[];
  values: Readonly<Record<string, string>>;
  /**
   * Stored values the full check has ruled on (`verify-stored.ts`, or the form that computed a
   * digest itself), by `checkKey`: true to show, false to ignore. The core asks here about what
   * its own patterns do not accept.
   */
  readonly checked: Map<string, boolean>;
  /** Names whose saved value was found invalid and ignored, for the form to say so. */
  readonly ignoredNames: Set<string>;
  /**
   * Names whose stored values are being checked: their marks stay hidden, and a copy waits, until
   * then.
   */
  waitingNames: Set<string>;
}

const KEY = Symbol.for('sitevar-docs.runtime');
const global = globalThis as unknown as Record<typeof KEY, SharedState | undefined>;

export const shared: SharedState = (global[KEY] ??= { variables: [], values: {}, checked: new Map(), ignoredNames: new Set(), waitingNames: new Set() });

/**
 * What a ruling is kept under: the names and stored values it covers. A secret and its digest
 * are ruled on together, so a digest checked with one secret says nothing about another.
 */
export const checkKey = (names: readonly string[], raw: Readonly<Record<string, string | undefined>>): string =>
  names.map((name) => `${name}=${raw[name]}`).join('\n');
