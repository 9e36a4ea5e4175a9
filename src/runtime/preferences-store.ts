import { persistentMap } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import { STORAGE_PREFIX, getVariable, sanitizeValues, validateValue, type Validation } from '../registry';

/** What is in localStorage under our prefix, unchecked: another tab or a person may have written it. */
const storedPreferences = persistentMap<Record<string, string | undefined>>(STORAGE_PREFIX, {}, { listen: true });

/** The reader's values, validated on every read: only known names with canonical values. */
export const readerValues = computed(storedPreferences, (raw) => sanitizeValues(raw));

/** Fields the reader is editing whose text is invalid: name -> message. Never stored. */
export const invalidDrafts = atom<Readonly<Record<string, string>>>({});

function setDraftProblem(name: string, message: string | undefined): void {
  const { [name]: _previous, ...rest } = invalidDrafts.get();
  invalidDrafts.set(message === undefined ? rest : { ...rest, [name]: message });
}

/**
 * Takes what the reader typed for a variable: a valid value is stored in its canonical form,
 * an empty one returns to the default, an invalid one is reported and changes nothing.
 */
export function submitValue(name: string, input: string): Validation | undefined {
  const variable = getVariable(name);
  if (!variable) return undefined;
  if (input.trim() === '') {
    setDraftProblem(name, undefined);
    storedPreferences.setKey(name, undefined);
    return undefined;
  }
  const result = validateValue(variable, input);
  if (result.ok) {
    setDraftProblem(name, undefined);
    if (storedPreferences.get()[name] !== result.value) storedPreferences.setKey(name, result.value);
  } else {
    setDraftProblem(name, result.message);
  }
  return result;
}

export function resetAllValues(): void {
  invalidDrafts.set({});
  for (const name of Object.keys(storedPreferences.get())) storedPreferences.setKey(name, undefined);
}
