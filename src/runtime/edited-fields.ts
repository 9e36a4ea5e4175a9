import { EDITED } from './page-attributes';

/**
 * Which preferences fields hold the reader's own input that the form's handlers have not taken
 * over yet. The inline core marks a field the moment the reader changes it (and, on load, any
 * field changed before the core ran); nothing the page does writes into a marked field; the
 * form's handlers remove the mark only once they have stored the value or shown it as invalid.
 * The mark is an attribute because the core and the lazily loaded form are separate bundles.
 */
const FIELD = 'input[data-sitevar-field]';

export function isEdited(input: HTMLInputElement): boolean {
  return input.hasAttribute(EDITED);
}

function changedFromPage(input: HTMLInputElement): boolean {
  return input.type === 'checkbox' ? input.checked !== input.defaultChecked : input.value !== input.defaultValue;
}

export function trackEdits(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>(FIELD)) {
    if (changedFromPage(input)) input.setAttribute(EDITED, '');
  }
  const mark = (event: Event) => {
    const input = event.target as HTMLInputElement;
    // A change event also fires when a field the reader typed in loses focus (Firefox fires one
    // when the page goes into the back-forward cache): only a value the page did not put there counts.
    if (input.matches?.(FIELD) && (event.type === 'input' || changedFromPage(input))) input.setAttribute(EDITED, '');
  };
  // Capture phase: the mark is set before any other listener can react to the change.
  document.addEventListener('input', mark, true);
  document.addEventListener('change', mark, true);
}
