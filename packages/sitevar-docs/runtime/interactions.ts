import type { GESTURES } from './page-attributes.ts';
import { onTabKey } from './tabs.ts';

/**
 * What the reader's gestures do: tabs by keyboard, the preferences dialog, copying, a heading's
 * link, and the modules that load on first use (the form's handlers, copy, search, the marks'
 * tooltips); a clicked tab or section choice the core stores itself. The page loader loads this with the reader's first gesture and hands
 * over every event it recorded until then, which this replays in order: a click made while it
 * was loading is handled, not lost.
 */
const syncFields = () => import('./form-sync.ts').then((module) => module.default());

type Forms = typeof import('./preferences-form');
let forms: Promise<Forms> | undefined;
let formsReady = false;
function loadForms(): Promise<Forms> {
  // The field sync first: it marks what the reader typed before the handlers were there.
  forms ??= Promise.all([syncFields(), import('./preferences-form.ts')]).then(([, module]) => {
    module.setUpPreferenceForms();
    formsReady = true;
    return module;
  });
  return forms;
}

// Loaded side by side, from the press: a copy command must run soon after the click
// (Firefox allows one within a second of it).
const loadCopy = () => Promise.all([import('./copy-button.ts'), syncFields()]);

/** Copies a block once the form has taken what the reader gave it (pasted, then clicked Copy). */
async function copyWhenTaken(figure: HTMLElement): Promise<void> {
  // The field sync finds a paste nothing has seen yet (and has the handlers loaded for it).
  const [copy] = await loadCopy();
  if (forms) await (await forms).settled();
  copy.copyBlock(figure);
}

// Each loads its module once: written by the `??=` that reads it.
// biome-ignore lint/correctness/noUnusedVariables: read by the ??= below
let search: Promise<void> | undefined;
// biome-ignore lint/correctness/noUnusedVariables: read by the ??= below
let titles: Promise<void> | undefined;

const closest = <E extends Element = HTMLElement>(event: Event, selector: string) => (event.target as Element | null)?.closest?.<E>(selector);

function onClick(event: Event): void {
  // A button of a form whose handlers are still loading: press it again once they are there.
  const early = formsReady ? null : closest<HTMLButtonElement>(event, '[data-preferences] button');
  if (early) void loadForms().then(() => early.click());
  const figure = closest(event, '[data-copy]')?.closest<HTMLElement>('figure.code-block');
  if (figure) void copyWhenTaken(figure);
  if (closest(event, '[data-open-preferences]')) {
    // The fields first (a small module), then the handlers. The button's invoker command opens
    // the dialog at the click (its first field has autofocus), and the reader may have closed it
    // again by the time this runs: only browsers without invoker commands are opened for here.
    void syncFields();
    const dialog = document.getElementById('preferences-dialog') as HTMLDialogElement | null;
    if (dialog && !dialog.open && !('commandForElement' in HTMLButtonElement.prototype)) dialog.showModal();
    void loadForms();
  }
  closest(event, '[data-close-dialog]')?.closest('dialog')?.close();
  // A section chosen in the table of contents' bar: the reader wants the section, not the list.
  closest(event, '.toc-bar a')?.closest('details')?.removeAttribute('open');
  // A heading's link: followed, and the section's address copied for sharing.
  const anchor = closest<HTMLAnchorElement>(event, '[data-heading-anchor]');
  if (anchor) {
    void navigator.clipboard?.writeText(anchor.href).then(
      () => {
        anchor.dataset.copied = '';
        setTimeout(() => delete anchor.dataset.copied, 1500);
      },
      () => undefined,
    );
  }
}

function onFocusOrPress(event: Event): void {
  if (closest(event, '[data-preferences]')) void loadForms();
  if (event.type === 'pointerdown' && closest(event, '[data-copy]')) void loadCopy();
  if (closest(event, '#search-input')) search ??= import('./search.ts').then((module) => module.setUpSearch());
  // Tooltips saying whose value a mark shows, from the first hover or focus on a mark.
  if (event.type !== 'pointerdown' && closest(event, '[data-sitevar]')) titles ??= import('./mark-titles.ts').then((module) => module.followTitles());
}

function onEdit(event: Event): void {
  if (closest(event, '[data-preferences]')) void loadForms();
}

const HANDLERS: Record<(typeof GESTURES)[number], (event: never) => void> = {
  click: onClick,
  keydown: onTabKey,
  pointerdown: onFocusOrPress,
  pointerover: onFocusOrPress,
  focusin: onFocusOrPress,
  input: onEdit,
  change: onEdit,
};

/** Handles events from now on, after those that came before (in the order they came). */
export default function setUpInteractions(early: readonly Event[]): void {
  for (const [type, handler] of Object.entries(HANDLERS)) document.addEventListener(type, handler as (event: Event) => void);
  for (const event of early) (HANDLERS[event.type as keyof typeof HANDLERS] as (event: Event) => void)(event);
}
