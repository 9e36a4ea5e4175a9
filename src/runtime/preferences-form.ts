import { getVariable } from '../registry';
import { NO_WEBCRYPTO, canDigest, generateCredentials, submitCredential } from './credentials';
import { forgetCredentials, guideDefaults, invalidDrafts, readerValues, resetAllValues, submitValue } from './preferences-store';

function fieldsOf(form: HTMLElement): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[data-sitevar-field]')];
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

/** Puts the stored value in a field the reader is not typing in. */
function syncField(input: HTMLInputElement, values: Readonly<Record<string, string>>): void {
  if (input === document.activeElement && input.type !== 'checkbox') return;
  const name = input.dataset.sitevarField!;
  const stored = values[name];
  if (input.type === 'checkbox') {
    input.checked = (stored ?? getVariable(name)?.default) === 'true';
    return;
  }
  if (input.getAttribute('aria-invalid') === 'true') return;
  const shown = stored ?? '';
  if (input.value !== shown) input.value = shown;
}

async function onInput(input: HTMLInputElement): Promise<void> {
  const name = input.dataset.sitevarField!;
  const typed = readInput(input);
  const isCredential = name === 'client-id' || name === 'client-secret';
  if (name === 'client-secret' && typed.trim() !== '') showMessage(input, 'Computing the digest…', 'info');
  const result = isCredential ? await submitCredential(name, typed) : submitValue(name, typed);
  if (readInput(input) !== typed) return; // The reader typed on meanwhile.
  if (!result) showMessage(input, '', 'none');
  else if (!result.ok) showMessage(input, result.message, 'error');
  else if (result.value !== typed.trim() && input.type !== 'checkbox') showMessage(input, `Applied as ${result.value}`, 'info');
  else showMessage(input, '', 'none');
}

/** Hides the fields of variables this page does not use, for forms placed inside a guide. */
function limitToPage(form: HTMLElement): void {
  const used = new Set<string>();
  for (const element of document.querySelectorAll<HTMLElement>('main [data-sitevar]')) {
    if (!element.closest('[data-preferences]')) used.add(element.dataset.sitevar!);
  }
  used.add('domain');
  for (const field of form.querySelectorAll<HTMLElement>('[data-field-for]')) {
    field.hidden = !field.dataset.fieldFor!.split(' ').some((name) => used.has(name));
  }
  for (const preview of form.querySelectorAll<HTMLElement>('[data-preview-for]')) {
    preview.hidden = !preview.dataset.previewFor!.split(' ').some((name) => used.has(name));
  }
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
    fieldset.hidden = [...fieldset.querySelectorAll<HTMLElement>('[data-field-for]')].every((field) => field.hidden);
  }
}

export function setUpPreferenceForms(): void {
  const forms = [...document.querySelectorAll<HTMLElement>('[data-preferences]')];
  for (const form of forms) {
    if (form.dataset.scope === 'page') limitToPage(form);
    for (const input of fieldsOf(form)) {
      input.addEventListener(input.type === 'checkbox' ? 'change' : 'input', () => void onInput(input));
      const guideDefault = guideDefaults[input.dataset.sitevarField!];
      if (guideDefault !== undefined) input.placeholder = guideDefault;
      input.addEventListener('blur', () => {
        if (input.getAttribute('aria-invalid') !== 'true') syncField(input, readerValues.get());
      });
    }
    form.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
    setUpCredentials(form);
    form.querySelector('[data-reset]')?.addEventListener('click', () => {
      resetAllValues();
      for (const input of fieldsOf(form)) {
        showMessage(input, '', 'none');
        input.value = '';
      }
      const status = form.querySelector('[data-reset-status]');
      if (status) status.textContent = 'All values are back to the examples.';
    });
  }
  readerValues.subscribe((values) => {
    for (const form of forms) for (const input of fieldsOf(form)) syncField(input, values);
  });
  invalidDrafts.subscribe((drafts) => {
    // Keep every copy of a field (inline form and dialog) telling the same story.
    for (const form of forms) {
      for (const input of fieldsOf(form)) {
        const problem = drafts[input.dataset.sitevarField!];
        if (problem === undefined && input.getAttribute('aria-invalid') === 'true') {
          showMessage(input, '', 'none');
          syncField(input, readerValues.get());
        }
      }
    }
  });
}

/** The "This guide" credential controls: generate (with progress), forget, and the warning. */
function setUpCredentials(form: HTMLElement): void {
  const section = form.querySelector<HTMLElement>('[data-credentials]');
  if (!section) return;
  const generate = section.querySelector<HTMLButtonElement>('[data-generate]')!;
  const forget = section.querySelector<HTMLButtonElement>('[data-forget]')!;
  const status = section.querySelector<HTMLElement>('[data-credentials-status]')!;
  if (!canDigest()) {
    generate.disabled = true;
    status.textContent = NO_WEBCRYPTO;
    for (const input of section.parentElement?.querySelectorAll<HTMLInputElement>('[data-sitevar-field="client-secret"]') ?? []) input.disabled = true;
  }
  generate.addEventListener('click', async () => {
    generate.disabled = true;
    section.setAttribute('aria-busy', 'true');
    status.textContent = 'Generating a client ID and secret, and computing the digest (PBKDF2-SHA512, 310,000 rounds)…';
    try {
      await generateCredentials();
      status.textContent = 'New credentials are in every block of this guide. They stay in this tab only.';
    } catch (error) {
      status.textContent = `Could not generate credentials: ${(error as Error).message}`;
    } finally {
      generate.disabled = false;
      section.removeAttribute('aria-busy');
    }
  });
  forget.addEventListener('click', () => {
    forgetCredentials();
    status.textContent = 'Credentials forgotten: the guide shows the examples again.';
  });
  readerValues.subscribe((values) => {
    const own = values['client-secret'] !== undefined;
    forget.hidden = !own && values['client-id'] === undefined;
    generate.textContent = own ? 'Generate new credentials' : 'Generate client credentials';
    for (const warning of document.querySelectorAll<HTMLElement>('[data-credentials-warning]')) warning.hidden = own;
  });
}
