import './safe-storage.ts';
import * as strings from 'virtual:sitevar-docs/ui/form';
import { persistentMap } from '@nanostores/persistent';
import { atom, computed, map } from 'nanostores';
import { guideStoragePrefix, STORAGE_PREFIX, sessionStoragePrefix, type Validation, validateValue } from '../registry/index.ts';
import { VALUES_CHANGED } from './page-attributes.ts';
import { guideContext, pairedCredentials, readCheckedCredentials, registry } from './registry.ts';
import { checkKey, shared } from './shared-state.ts';

/** The guide this page shows, if any: its values are kept apart from other guides'. */
export { guideContext };
export const guideDefaults: Readonly<Record<string, string>> = guideContext?.defaults ?? {};

type RawValues = Record<string, string | undefined>;

/** What is in localStorage under our prefixes, unchecked: another tab or a person may have written it. */
const siteStore = persistentMap<RawValues>(STORAGE_PREFIX, {}, { listen: true });
// Pages that are not guides have no guide values: an empty in-memory map stands in.
const guideStore = guideContext ? persistentMap<RawValues>(guideStoragePrefix(guideContext.id), {}, { listen: true }) : map<RawValues>({});

/** This guide's credentials, for this tab only (sessionStorage, never localStorage). */
const credentialStore = atom<Record<string, string>>(readCheckedCredentials());
// A stored pair held back on load joins once it is verified.
window.addEventListener(VALUES_CHANGED, () => credentialStore.set(readCheckedCredentials()));

function writeSession(values: Readonly<Record<string, string>>): void {
  if (!guideContext) return;
  const prefix = sessionStoragePrefix(guideContext.id);
  try {
    for (const { name, scope } of registry.variables) {
      if (scope !== 'credentials') continue;
      const value = values[name];
      if (value === undefined) window.sessionStorage.removeItem(prefix + name);
      else window.sessionStorage.setItem(prefix + name, value);
    }
  } catch {
    // Session storage blocked: the values still apply until the tab is closed or reloaded.
  }
}

/** Replaces this guide's credentials at once, so a secret never shows beside another's digest. */
export function setCredentials(values: Readonly<Record<string, string>>): void {
  const clean = pairedCredentials(registry.sanitize(values, 'credentials'));
  // Computed here from the secret: this page knows each pair belongs together.
  for (const { secret, digest } of registry.pairs) if (clean[digest]) shared.checked.set(checkKey([secret, digest], clean), true);
  writeSession(clean);
  credentialStore.set(clean);
}

export function forgetCredentials(): void {
  setCredentials({});
}

export const credentials = computed(credentialStore, (values) => values);

/** The reader's values, validated on every read: only known names with canonical values. */
export const readerValues = computed([siteStore, guideStore, credentialStore], (site, guide, stored) => ({
  ...registry.sanitize(site, 'site'),
  ...registry.sanitize(guide, 'guide'),
  ...stored,
}));

/** What the reader put in a field that is not valid, and why: shown, never stored or applied. */
export interface Draft {
  readonly text: string;
  readonly message: string;
}

/**
 * Invalid values the reader left in the form, by name. They stay (in every copy of the field,
 * with the header's button saying so) until the reader fixes or clears them: the page never
 * silently replaces what the reader typed with the last valid value.
 */
export const invalidDrafts = atom<Readonly<Record<string, Draft>>>({});

export function setDraftProblem(name: string, draft: Draft | undefined): void {
  const { [name]: _previous, ...rest } = invalidDrafts.get();
  invalidDrafts.set(draft === undefined ? rest : { ...rest, [name]: draft });
}

function storeFor(name: string) {
  return registry.get(name)?.scope === 'guide' ? guideStore : siteStore;
}

/**
 * Takes what the reader typed for a site or guide variable: a valid value is stored in its
 * canonical form, an empty one returns to the default, an invalid one is reported and changes
 * nothing. Credentials go through `credentials.ts`, which also computes the digest.
 */
export function submitValue(name: string, input: string): Validation | undefined {
  const variable = registry.get(name);
  if (!variable || variable.scope === 'credentials' || variable.derived) return undefined;
  const store = storeFor(name);
  if (input.trim() === '') {
    setDraftProblem(name, undefined);
    store.setKey(name, undefined);
    return undefined;
  }
  const result = validateValue(registry, variable, input, strings);
  if (result.ok) {
    setDraftProblem(name, undefined);
    // Checked here in full: the core shows it too when it next reads storage (an IDN, say).
    shared.checked.set(checkKey([name], { [name]: result.value }), true);
    if (store.get()[name] !== result.value) store.setKey(name, result.value);
  } else {
    setDraftProblem(name, { text: input, message: result.message });
  }
  return result;
}

export function resetAllValues(): void {
  invalidDrafts.set({});
  for (const store of [siteStore, guideStore]) {
    for (const name of Object.keys(store.get())) store.setKey(name, undefined);
  }
  forgetCredentials();
}
