import { setUpDisplayChoices } from './display-choices';
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

let forms: Promise<void> | undefined;
let formsReady = false;
function loadForms(): Promise<void> {
  forms ??= import('./preferences-form').then((module) => {
    module.setUpPreferenceForms();
    formsReady = true;
  });
  return forms;
}
const inForm = (target: EventTarget | Element | null) => (target as Element | null)?.closest?.('[data-preferences]');
for (const type of ['focusin', 'pointerdown', 'input'] as const) {
  document.addEventListener(type, (event) => {
    if (inForm(event.target)) void loadForms();
  });
}
// A reader quicker than this module (a field focused while the page was loading) is served too.
if (inForm(document.activeElement)) void loadForms();

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

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  // A button of a form whose handlers are still loading: press it again once they are there.
  const early = formsReady ? null : target?.closest?.<HTMLButtonElement>('[data-preferences] button');
  if (early) void loadForms().then(() => early.click());
  const figure = target?.closest?.('[data-copy]')?.closest<HTMLElement>('figure.code-block');
  if (figure) void import('./copy-button').then((module) => module.copyBlock(figure));
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
