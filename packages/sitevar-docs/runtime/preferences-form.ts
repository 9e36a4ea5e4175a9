import { appliedAs, computingDigest, forgotten, generated, generateFailed, generating, invalidMany, invalidOne, resetDone } from 'virtual:sitevar-docs/ui/form';
import type { SiteVariable } from '../registry/index.ts';
import { fill } from '../schemas/ui-fill.ts';
import { applyValues } from './apply.ts';
import { canDigest } from './credentials-support.ts';
import { FIELD, type Field, fieldValue, isEdited } from './edited-fields.ts';
import { syncFields } from './form-fields.ts';
import { applyTitles } from './mark-titles.ts';
import { EDITED } from './page-attributes.ts';
import { forgetCredentials, guideDefaults, invalidDrafts, readerValues, resetAllValues, submitValue } from './preferences-store.ts';
import { registry } from './registry.ts';

const hasDigest = (name: string) => registry.pairs.some((pair) => pair.secret === name);

function fieldsOf(root: ParentNode): Field[] {
  return [...root.querySelectorAll<Field>(FIELD)];
}

function showMessage(input: Field, message: string, kind: 'error' | 'info' | 'none'): void {
  const output = document.getElementById(`${input.id}-message`);
  if (output && output.textContent !== message) output.textContent = message;
  output?.setAttribute('data-kind', kind);
  if (kind === 'error') input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

const readInput = fieldValue;
const isTyped = (input: Field) => input instanceof HTMLInputElement && input.type !== 'checkbox';

/** Stores a field's input (a credential with its digest), or shows why it is refused. */
async function take(input: Field, typed: string): Promise<void> {
  const name = input.dataset.sitevarField!;
  let result: ReturnType<typeof submitValue>;
  if (registry.get(name)?.scope === 'credentials') {
    if (hasDigest(name) && typed.trim() !== '') showMessage(input, computingDigest, 'info');
    const { submitCredential } = await import('./credentials.ts');
    result = await submitCredential(name, typed);
    if (readInput(input) !== typed) return; // The reader typed on meanwhile.
  } else {
    result = submitValue(name, typed);
  }
  if (!result) showMessage(input, '', 'none');
  else if (!result.ok) showMessage(input, result.message, 'error');
  else if (result.value !== typed.trim() && isTyped(input)) showMessage(input, fill(appliedAs, { value: result.value }), 'info');
  else showMessage(input, '', 'none');
}

/** Each field's latest submission: a field is handed back to the page only once it is taken. */
const submissions = new Map<Field, Promise<void>>();
/** Fields whose latest submission is still running (a secret's digest takes a moment). */
const inFlight = new Set<Promise<void>>();

function submit(input: Field): Promise<void> {
  const submission: Promise<void> = take(input, readInput(input))
    .catch(() => undefined)
    .finally(() => inFlight.delete(submission));
  inFlight.add(submission);
  submissions.set(input, submission);
  // Already left (pasted, then Tab before these handlers arrived): hand it back when taken.
  void submission.then(() => {
    if (document.activeElement !== input) release(input);
  });
  return submission;
}

/**
 * Hands a field the reader edited back to the page, once its input is stored or shown as
 * invalid: from then on it shows the stored value in canonical form (or its invalid draft), and
 * follows changes made elsewhere. A field still focused keeps the reader's text as typed, unless
 * they confirmed it (Enter) or are leaving the page. Synchronous when nothing is pending, as it
 * must be on `pagehide`: a page frozen in the back-forward cache runs no more promise callbacks.
 */
function release(input: Field, evenIfFocused = false): void {
  const latest = submissions.get(input);
  if (latest && inFlight.has(latest)) {
    void latest.then(() => release(input, evenIfFocused));
    return;
  }
  if (!isEdited(input) || (!evenIfFocused && document.activeElement === input)) return;
  input.removeAttribute(EDITED);
  render();
}

/** Settles when every input given so far is stored or refused: copying waits for it. */
export async function settled(): Promise<void> {
  for (;;) {
    const pending = [...submissions.values()];
    await Promise.all(pending);
    const now = [...submissions.values()];
    if (now.length === pending.length && now.every((submission, index) => submission === pending[index])) return;
  }
}

/**
 * Shows every field as it stands: fields the reader is editing are left alone, every other copy
 * of a field with an invalid draft shows that draft and its error, the rest show what is stored.
 * The header's button says when a draft is waiting to be fixed, wherever the form is.
 */
function render(): void {
  const drafts = invalidDrafts.get();
  for (const input of fieldsOf(document)) {
    if (isEdited(input)) continue;
    const draft = drafts[input.dataset.sitevarField!];
    if (draft) {
      if (input.value !== draft.text) input.value = draft.text;
      showMessage(input, draft.message, 'error');
    } else if (input.getAttribute('aria-invalid') === 'true') {
      showMessage(input, '', 'none');
    }
  }
  syncFields(readerValues.get());
  const count = Object.keys(drafts).length;
  for (const button of document.querySelectorAll<HTMLElement>('[data-open-preferences]')) {
    button.toggleAttribute('data-invalid', count > 0);
    const note = button.querySelector('[data-invalid-note]');
    const text = count === 0 ? '' : fill(count === 1 ? invalidOne : invalidMany, { count });
    if (note && note.textContent !== text) note.textContent = text;
  }
}

/** The "This guide" credential controls: generate (with progress) and forget. */
function setUpCredentials(form: HTMLElement): void {
  const section = form.querySelector<HTMLElement>('[data-credentials]');
  if (!section) return;
  const generate = section.querySelector<HTMLButtonElement>('[data-generate]')!;
  const status = section.querySelector<HTMLElement>('[data-credentials-status]')!;
  if (!canDigest()) {
    // The button is disabled and the reason shown from load on (form-fields.ts).
    for (const input of fieldsOf(form).filter((field) => hasDigest(field.dataset.sitevarField!))) input.disabled = true;
    return;
  }
  generate.addEventListener('click', async () => {
    generate.disabled = true;
    section.setAttribute('aria-busy', 'true');
    const digest = registry.variables.find((variable): variable is Extract<SiteVariable, { kind: 'digest' }> => variable.kind === 'digest');
    status.textContent = fill(generating, { iterations: new Intl.NumberFormat(document.documentElement.lang || undefined).format(digest?.iterations ?? 0) });
    try {
      const { generateCredentials } = await import('./credentials.ts');
      await generateCredentials();
      status.textContent = generated;
    } catch (error) {
      status.textContent = fill(generateFailed, { error: (error as Error).message });
    } finally {
      generate.disabled = false;
      section.removeAttribute('aria-busy');
    }
  });
  section.querySelector('[data-forget]')?.addEventListener('click', () => {
    forgetCredentials();
    status.textContent = forgotten;
  });
}

/**
 * Wires every preferences form on the page: loaded on first use, not with the page, and set up
 * after the field sync (`form-sync.ts`), which marks what the reader typed before it came.
 */
export function setUpPreferenceForms(): void {
  // From now on every change, here or in another tab, re-renders all marked values at once.
  readerValues.subscribe((values) => {
    applyValues(registry.get, values, guideDefaults);
    applyTitles(values);
    render();
  });
  invalidDrafts.listen(render);
  for (const form of document.querySelectorAll<HTMLElement>('[data-preferences]')) {
    for (const input of fieldsOf(form)) {
      input.addEventListener(isTyped(input) ? 'input' : 'change', () => void submit(input));
      input.addEventListener('blur', () => release(input));
      input.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') release(input, true);
      });
    }
    form.querySelector('[data-reset]')?.addEventListener('click', () => {
      resetAllValues();
      for (const input of fieldsOf(form)) {
        input.removeAttribute(EDITED);
        showMessage(input, '', 'none');
        if (isTyped(input)) input.value = '';
      }
      render();
      const status = form.querySelector('[data-reset-status]');
      if (status) status.textContent = resetDone;
    });
    setUpCredentials(form);
  }
  // Leaving the page: what it keeps in the back-forward cache must follow other pages' changes.
  window.addEventListener('pagehide', () => {
    for (const input of fieldsOf(document)) release(input, true);
  });
  window.addEventListener('pageshow', (event) => event.persisted && render());
  // Input the reader gave before these handlers loaded (pasted, autofilled, typed while the page
  // was loading) is taken now; the core kept it safe meanwhile.
  const early = fieldsOf(document).filter((input) => !input.disabled && isEdited(input));
  void Promise.all(early.map(submit)).then(() => {
    document.documentElement.dataset.formsReady = '';
  });
}
