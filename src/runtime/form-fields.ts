import { getVariable } from '../registry';
import { ignoredNames } from './stored-values';

/**
 * Shows the stored values in the preferences fields the reader is not typing in, and marks
 * whether the reader has credentials of their own. Runs on load: the form's handlers are
 * only loaded when the reader starts using it.
 */
export function syncFields(values: Readonly<Record<string, string>>): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[data-sitevar-field]')) {
    const name = input.dataset.sitevarField!;
    // A saved value that failed validation: the field says it was ignored (CSS shows the note).
    input.parentElement!.toggleAttribute('data-ignored', ignoredNames.has(name) && values[name] === undefined);
    if (input.type === 'checkbox') {
      input.checked = (values[name] ?? getVariable(name)?.default) === 'true';
      continue;
    }
    if (input === document.activeElement || input.getAttribute('aria-invalid') === 'true') continue;
    const shown = values[name] ?? '';
    // The default value records what the page last put there: anything else the reader typed.
    if (input.defaultValue !== shown) input.defaultValue = shown;
    if (input.value !== shown) input.value = shown;
  }
  // CSS shows the warning or the Forget button, and names the Generate button, from these.
  const root = document.documentElement;
  root.toggleAttribute('data-own-credentials', values['client-secret'] !== undefined || values['client-id'] !== undefined);
  const canGenerate = window.isSecureContext && !!crypto.subtle;
  root.toggleAttribute('data-no-webcrypto', !canGenerate);
  for (const generate of document.querySelectorAll<HTMLButtonElement>('[data-generate]')) generate.disabled = !canGenerate;
}
