import { FIELD, type Field, isEdited } from './edited-fields.ts';
import { shared } from './shared-state.ts';

/**
 * Shows the stored values in the preferences fields, and marks whether the reader has
 * credentials of their own. Runs on load and whenever values change. It never writes into a
 * field holding the reader's own input not yet taken over (see `edited-fields.ts`), nor into one
 * showing an invalid value (the form keeps those until the reader fixes them).
 */
export function syncFields(values: Readonly<Record<string, string>>): void {
  const defaultOf = (name: string) => shared.variables.find((variable) => variable.name === name)?.default;
  for (const input of document.querySelectorAll<Field>(FIELD)) {
    const name = input.dataset.sitevarField!;
    // A stored value still being checked: the field keeps what it shows until the ruling.
    if (shared.waitingNames.has(name)) continue;
    // A saved value that failed validation: the field says it was ignored (CSS shows the note).
    input.parentElement!.toggleAttribute('data-ignored', shared.ignoredNames.has(name) && values[name] === undefined);
    if (isEdited(input) || input.getAttribute('aria-invalid') === 'true') continue;
    if (input instanceof HTMLSelectElement) {
      const shown = values[name] ?? defaultOf(name) ?? '';
      // The selected-by-default option records what the page last put there.
      for (const option of input.options) option.defaultSelected = option.value === shown;
      if (input.value !== shown) input.value = shown;
      continue;
    }
    if (input.type === 'checkbox') {
      const checked = (values[name] ?? defaultOf(name)) === 'true';
      // The default state records what the page last put there, as for text fields below.
      input.defaultChecked = checked;
      input.checked = checked;
      continue;
    }
    const shown = values[name] ?? '';
    const changes = input.value !== shown;
    if (input.defaultValue !== shown) input.defaultValue = shown;
    if (input.value !== shown) input.value = shown;
    // A reader in the field, about to type: what arrives is selected, so typing replaces it
    // rather than mixing into it at the caret (which a write leaves at the start).
    if (changes && input === document.activeElement) input.select();
  }
  // CSS shows the warning or the Forget button, and names the Generate button, from these.
  const root = document.documentElement;
  root.toggleAttribute(
    'data-own-credentials',
    shared.variables.some((variable) => variable.scope === 'credentials' && values[variable.name] !== undefined),
  );
  const canGenerate = window.isSecureContext && !!crypto.subtle;
  root.toggleAttribute('data-no-webcrypto', !canGenerate);
  for (const generate of document.querySelectorAll<HTMLButtonElement>('[data-generate]')) generate.disabled = !canGenerate;
}
