import { setUpDisplayChoices } from './display-choices';
import { FIELDS_EDITED, VERIFY_NEEDED, VERIFYING } from './page-attributes';
import { setUpSectionOrder } from './section-order';
import { setUpTabs } from './tabs';

/**
 * What loads with the page, after the inline core has applied the reader's values: tabs, the
 * section order and the display choices. The preferences form and the copy button load on first use, so the page ships
 * little script before the reader does anything.
 */
setUpTabs();
setUpSectionOrder();
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
for (const type of ['focusin', 'pointerdown', 'input', 'change'] as const) {
  document.addEventListener(type, (event) => {
    if (inForm(event.target)) void loadForms();
  });
}
// A reader quicker than this module is served too: a field focused while the page was loading
// loads the handlers now; one changed and left is found by the field sync, which says so.
if (inForm(document.activeElement)) void loadForms();
document.addEventListener(FIELDS_EDITED, () => void loadForms());
// The fields show the stored values once a form comes near the screen (or with the handlers).
// The table of contents follows the reading once the reader scrolls (or arrives mid-page).
const followReading = () => void import('./toc').then((module) => module.followReading());
if (document.querySelector('[data-toc]')) {
  if (scrollY > 0 || location.hash) followReading();
  else addEventListener('scroll', followReading, { once: true, passive: true });
}
const syncFields = () => import('./form-sync').then((module) => module.setUpFieldSync());
const nearScreen = new IntersectionObserver((entries) => {
  if (!entries.some((entry) => entry.isIntersecting)) return;
  nearScreen.disconnect();
  void syncFields();
}, { rootMargin: '50% 0px' });
for (const form of document.querySelectorAll('main [data-preferences]')) nearScreen.observe(form);
// Tooltips saying whose value a mark shows, from the first hover or focus on a mark.
let titles: Promise<void> | undefined;
for (const type of ['pointerover', 'focusin'] as const) {
  document.addEventListener(type, (event) => {
    if ((event.target as Element | null)?.closest?.('[data-sitevar]')) titles ??= import('./mark-titles').then((module) => module.followTitles());
  });
}
// The core holds back stored values its patterns do not cover (credentials, punycode) until
// the full check has ruled on them: now, or later when another tab stores one.
const verify = () => void import('./verify-stored').then((module) => module.verifyStored());
addEventListener(VERIFY_NEEDED, verify);
if (document.documentElement.hasAttribute(VERIFYING)) verify();

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
// Loaded side by side, from the press: a copy command must run soon after the click
// (Firefox allows one within a second of it).
const loadCopy = () => Promise.all([import('./copy-button'), syncFields()]);
document.addEventListener('pointerdown', (event) => {
  if ((event.target as Element | null)?.closest?.('[data-copy]')) void loadCopy();
});

async function copyWhenTaken(figure: HTMLElement): Promise<void> {
  // The field sync finds a paste nothing has seen yet (and has the handlers loaded for it).
  const [copy] = await loadCopy();
  if (forms) await (await forms).settled();
  copy.copyBlock(figure);
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
    // The fields first (a small module), then the handlers. The button's invoker command opens
    // the dialog even before this module has loaded; opening it here too serves browsers without
    // invoker commands (where they exist, the command then finds it open and does nothing).
    void syncFields();
    dialog?.showModal();
    dialog?.querySelector<HTMLInputElement>('input:not([disabled])')?.focus();
    void loadForms();
  }
  if (target?.closest?.('[data-close-dialog]')) target.closest('dialog')?.close();
  // A section chosen in the table of contents' bar: the reader wants the section, not the list.
  target?.closest?.('.toc-bar a')?.closest('details')?.removeAttribute('open');
  // A heading's link: follow it, and copy the section's address for sharing.
  const anchor = target?.closest?.<HTMLAnchorElement>('[data-heading-anchor]');
  if (anchor) {
    void navigator.clipboard?.writeText(anchor.href).then(() => {
      anchor.dataset.copied = '';
      setTimeout(() => delete anchor.dataset.copied, 1500);
    }, () => undefined);
  }
});
