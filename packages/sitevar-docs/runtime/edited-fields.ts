import { EDITED } from './page-attributes.ts';

/**
 * Which preferences fields hold the reader's own input that the form's handlers have not taken
 * over yet. The field sync (`form-sync.ts`) marks, as it loads, every field the reader changed
 * before it arrived, and from then on each one the moment they change it; nothing the page does
 * writes into a marked field; the form's handlers remove the mark only once they have stored the
 * value or shown it as invalid. The mark is an attribute because the field sync and the form
 * are separate lazily loaded bundles.
 */
/** A field of a preferences form: a text box, a switch or a list of options. */
export type Field = HTMLInputElement | HTMLSelectElement;

export const FIELD = '[data-sitevar-field]';

export function isEdited(input: Field): boolean {
  return input.hasAttribute(EDITED);
}

/** What the page itself last put in a field (its default state). */
export function pageValue(input: Field): string {
  if (input instanceof HTMLSelectElement) return [...input.options].find((option) => option.defaultSelected)?.value ?? input.options[0]?.value ?? '';
  return input.type === 'checkbox' ? String(input.defaultChecked) : input.defaultValue;
}

/** What a field holds now: a switch reads as "true" or "false". */
export function fieldValue(input: Field): string {
  return input instanceof HTMLInputElement && input.type === 'checkbox' ? String(input.checked) : input.value;
}

const changedFromPage = (input: Field) => fieldValue(input) !== pageValue(input);

/**
 * Marks every field the reader changed before now, and from now on each one they change.
 * Returns the fields that were changed already.
 */
export function trackEdits(): Field[] {
  const changed = [...document.querySelectorAll<Field>(FIELD)].filter(changedFromPage);
  for (const input of changed) input.setAttribute(EDITED, '');
  const mark = (event: Event) => {
    const input = event.target as Field;
    // A change event also fires when a field the reader typed in loses focus (Firefox fires one
    // when the page goes into the back-forward cache): only a value the page did not put there counts.
    if (input.matches?.(FIELD) && (event.type === 'input' || changedFromPage(input))) input.setAttribute(EDITED, '');
  };
  // Capture phase: the mark is set before any other listener can react to the change.
  document.addEventListener('input', mark, true);
  document.addEventListener('change', mark, true);
  return changed;
}
