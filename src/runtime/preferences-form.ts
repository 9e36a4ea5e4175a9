import { canDigest } from './credentials-support';
import { applyValues } from './apply';
import { syncFields } from './form-fields';
import { forgetCredentials, guideDefaults, invalidDrafts, readerValues, resetAllValues, submitValue } from './preferences-store';

function fieldsOf(root: ParentNode): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[data-sitevar-field]')];
}

function showMessage(input: HTMLInputElement, message: string, kind: 'error' | 'info' | 'none'): void {
  const output = document.getElementById(`${input.id}-message`);
  if (output && output.textContent !== message) output.textContent = message;
  output?.setAttribute('data-kind', kind);
  if (kind === 'error') input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function readInput(input: HTMLInputElement): string {
  return input.type === 'checkbox' ? String(input.checked) : input.value;
}

async function onInput(input: HTMLInputElement): Promise<void> {
  const name = input.dataset.sitevarField!;
  const typed = readInput(input);
  let result;
  if (name === 'client-id' || name === 'client-secret') {
    if (name === 'client-secret' && typed.trim() !== '') showMessage(input, 'Computing the digest…', 'info');
    const { submitCredential } = await import('./credentials');
    result = await submitCredential(name, typed);
    if (readInput(input) !== typed) return; // The reader typed on meanwhile.
  } else {
    result = submitValue(name, typed);
  }
  if (!result) showMessage(input, '', 'none');
  else if (!result.ok) showMessage(input, result.message, 'error');
  else if (result.value !== typed.trim() && input.type !== 'checkbox') showMessage(input, `Applied as ${result.value}`, 'info');
  else showMessage(input, '', 'none');
}

/**
 * Whether the reader typed in a field before these handlers loaded: it holds something other
 * than what the page last showed there. (Not "other than what is stored": a value set in another
 * tab meanwhile is not the reader's typing, and must not be overwritten by a field left empty.)
 */
function isPending(input: HTMLInputElement): boolean {
  if (input.type === 'checkbox') return String(input.checked) !== (readerValues.get()[input.dataset.sitevarField!] ?? 'false');
  return input.value !== input.defaultValue;
}

/** The "This guide" credential controls: generate (with progress) and forget. */
function setUpCredentials(form: HTMLElement): void {
  const section = form.querySelector<HTMLElement>('[data-credentials]');
  if (!section) return;
  const generate = section.querySelector<HTMLButtonElement>('[data-generate]')!;
  const status = section.querySelector<HTMLElement>('[data-credentials-status]')!;
  if (!canDigest()) {
    // The button is disabled and the reason shown from load on (form-fields.ts).
    for (const input of fieldsOf(form).filter((field) => field.dataset.sitevarField === 'client-secret')) input.disabled = true;
    return;
  }
  generate.addEventListener('click', async () => {
    generate.disabled = true;
    section.setAttribute('aria-busy', 'true');
    status.textContent = 'Generating a client ID and secret, and computing the digest (PBKDF2-SHA512, 310,000 rounds)…';
    try {
      const { generateCredentials } = await import('./credentials');
      await generateCredentials();
      status.textContent = 'New credentials are in every block of this guide. They stay in this tab only.';
    } catch (error) {
      status.textContent = `Could not generate credentials: ${(error as Error).message}`;
    } finally {
      generate.disabled = false;
      section.removeAttribute('aria-busy');
    }
  });
  section.querySelector('[data-forget]')?.addEventListener('click', () => {
    forgetCredentials();
    status.textContent = 'Credentials forgotten: the guide shows the examples again.';
  });
}

/** Wires every preferences form on the page: loaded on first use, not with the page. */
export function setUpPreferenceForms(): void {
  // From now on every change, here or in another tab, re-renders all marked values at once.
  readerValues.subscribe((values) => {
    applyValues(document, values, guideDefaults);
    syncFields(values);
  });
  const forms = [...document.querySelectorAll<HTMLElement>('[data-preferences]')];
  for (const form of forms) {
    for (const input of fieldsOf(form)) {
      input.addEventListener(input.type === 'checkbox' ? 'change' : 'input', () => void onInput(input));
      input.addEventListener('blur', () => {
        if (input.getAttribute('aria-invalid') !== 'true') syncFields(readerValues.get());
      });
    }
    form.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    form.querySelector('[data-reset]')?.addEventListener('click', () => {
      resetAllValues();
      for (const input of fieldsOf(form)) {
        showMessage(input, '', 'none');
        if (input.type !== 'checkbox') input.value = '';
      }
      const status = form.querySelector('[data-reset-status]');
      if (status) status.textContent = 'All values are back to the examples.';
    });
    setUpCredentials(form);
  }
  invalidDrafts.subscribe((drafts) => {
    // Keep every copy of a field (inline form and dialog) telling the same story.
    for (const input of fieldsOf(document)) {
      if (drafts[input.dataset.sitevarField!] === undefined && input.getAttribute('aria-invalid') === 'true') {
        showMessage(input, '', 'none');
      }
    }
    syncFields(readerValues.get());
  });
  const typedEarly = fieldsOf(document).filter((input) => !input.disabled && isPending(input));
  void Promise.all(typedEarly.map((input) => onInput(input))).then(() => {
    document.documentElement.dataset.formsReady = '';
  });
}
