import { setUpDisplayChoices } from './display-choices';
import { EDITED, VERIFYING } from './page-attributes';
import { setUpProviderChoice } from './provider-choice';
import { setUpTabs } from './tabs';

/**
 * What loads with the page, after the inline core has applied the reader's values: tabs and the
 * provider order. The preferences form and the copy button load on first use, so the page ships
 * little script before the reader does anything.
 */
setUpTabs();
setUpProviderChoice();
setUpDisplayChoices();

type Forms = typeof import('./preferences-form');
let forms: Promise<Forms> | undefined;
let formsReady = false;
function loadForms(): Promise<Forms> {
  forms ??= import('./preferences-form').then((module) => {
    module.setUpPreferenceForms();
    formsReady = true;
    return module;
  });
  return forms;
}
const inForm = (target: EventTarget | Element | null) => (target as Element | null)?.closest?.('[data-preferences]');
const readerEdited = () => document.querySelector(`[${EDITED}]`) !== null;
for (const type of ['focusin', 'pointerdown', 'input', 'change'] as const) {
  document.addEventListener(type, (event) => {
    if (inForm(event.target)) void loadForms();
  });
}
// A reader quicker than this module (a field focused, or changed and left, while the page was
// loading) is served too: the core has kept what they put there.
if (inForm(document.activeElement) || readerEdited()) void loadForms();
// The core held back stored credentials until they are checked against each other.
if (document.documentElement.hasAttribute(VERIFYING)) void import('./verify-credentials');

// Search loads on first use: focusing the box, or pressing / or Ctrl+K anywhere.
let search: Promise<void> | undefined;
const loadSearch = () => (search ??= import('./search').then((module) => module.setUpSearch()));
document.getElementById('search-input')?.addEventListener('focus', () => void loadSearch());
document.addEventListener('keydown', (event) => {
  const typing = (event.target as Element | null)?.closest?.('input, textarea, [contenteditable]');
  if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
    event.preventDefault();
    document.getElementById('search-input')?.focus();
  }
});

/** Copies a block once the form has taken what the reader gave it (pasted, then clicked Copy). */
async function copyWhenTaken(figure: HTMLElement): Promise<void> {
  if (forms || readerEdited()) await (await loadForms()).settled();
  (await import('./copy-button')).copyBlock(figure);
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  // A button of a form whose handlers are still loading: press it again once they are there.
  const early = formsReady ? null : target?.closest?.<HTMLButtonElement>('[data-preferences] button');
  if (early) void loadForms().then(() => early.click());
  const figure = target?.closest?.('[data-copy]')?.closest<HTMLElement>('figure.code-block');
  if (figure) void copyWhenTaken(figure);
  if (target?.closest?.('[data-open-preferences]')) {
    const dialog = document.getElementById('preferences-dialog') as HTMLDialogElement | null;
    dialog?.showModal();
    dialog?.querySelector<HTMLInputElement>('input:not([disabled])')?.focus();
    void loadForms();
  }
  if (target?.closest?.('[data-close-dialog]')) target.closest('dialog')?.close();
  // A heading's link: follow it, and copy the section's address for sharing.
  const anchor = target?.closest?.<HTMLAnchorElement>('[data-heading-anchor]');
  if (anchor) {
    void navigator.clipboard?.writeText(anchor.href).then(() => {
      anchor.dataset.copied = '';
      setTimeout(() => delete anchor.dataset.copied, 1500);
    }, () => undefined);
  }
});
