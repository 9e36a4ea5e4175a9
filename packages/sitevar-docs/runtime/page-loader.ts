import { CHOICE } from './choice-keys.ts';
import { rememberChoice } from './choices.ts';
import { GESTURES } from './page-attributes.ts';

/**
 * Part of the inline core: the page loads no module with it. Each module loads when the page
 * needs it, by the URL the client build gave it (the layout lists them on the core's script
 * element): the form's fields when a form comes near the screen, the table of contents'
 * follower from the first scroll, the full check when stored values need it, and everything a
 * gesture does with the reader's first one. Events until then are recorded and handed over, so
 * none is lost. A module the loader runs default-exports what it is for (the copy module is
 * only fetched early, for the handlers).
 */
interface PageModules {
  interactions: typeof import('./interactions');
  fieldSync: typeof import('./form-sync');
  toc: typeof import('./toc');
  verify: typeof import('./verify-stored');
  copy: typeof import('./copy-button');
}
export type PageModuleName = keyof PageModules;

// Written by the build on the core's script element, which is running now.
const urls: Record<PageModuleName, string> = JSON.parse((document.currentScript as HTMLElement).dataset.modules!);
const loading: Partial<Record<PageModuleName, Promise<unknown>>> = {};
const load = <N extends PageModuleName>(name: N) => (loading[name] ??= import(/* @vite-ignore */ urls[name])) as Promise<PageModules[N]>;

const early: Event[] = [];
let interactions: Promise<void> | undefined;
const interact = () =>
  (interactions ??= load('interactions').then((module) => {
    for (const type of GESTURES) document.removeEventListener(type, record, true);
    module.default(early);
  }));
function record(event: Event): void {
  early.push(event);
  const target = event.target as Element;
  // Moving the pointer across the page is not yet a gesture; over a mark it asks for a tooltip.
  if (event.type !== 'pointerover' || target.closest?.('[data-sitevar]')) void interact();
  // A press on Copy: what copying needs comes with the handlers, not after them (Firefox lets a
  // copy run only within a second of the press). The handlers import the same files.
  if (event.type !== 'pointerover' && target.closest?.('[data-copy]')) {
    void load('copy');
    void load('fieldSync');
  }
}

/** Checks, with the full registry, the stored values the core's patterns left to it. */
export const verifyHeldBack = () => void load('verify').then((module) => module.default());

/** `showChoice` shows what the reader just chose (the core's showing of everything stored). */
export function setUpPageLoader(showChoice: () => void): void {
  const choose = (key: string, value: string) => {
    rememberChoice(key, value);
    showChoice();
  };
  for (const type of GESTURES) document.addEventListener(type, record, true);
  // A reader quicker than the page: a control focused while it was still arriving.
  const focused = document.activeElement;
  if (focused && focused !== document.body) record({ type: 'focusin', target: focused } as unknown as Event);
  // Answered at once, not replayed: the browser's own action for these keys must be prevented
  // now (Firefox's / is quick find).
  document.addEventListener('keydown', (event) => {
    const typing = (event.target as Element | null)?.closest?.('input,textarea,select,[contenteditable]');
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      document.getElementById('search-input')?.focus();
    }
  });
  // So is a choice made with a control marked `data-choice` (its storage key): the theme, code
  // wrapping, a tab (for its whole group) or the leading section. The reader may be gone (a
  // reload, a link) before the handlers arrive, a replayed toggle would be a second one, and a
  // storage event from another tab could reset the control meanwhile. The value is the
  // control's: a checkbox's state, else its value, and a pressed toggle button (`aria-pressed`)
  // takes its choice back. The handlers' arrow keys click the tab they move to.
  const storeChoice = (event: Event) => {
    const control = (event.target as Element | null)?.closest?.<HTMLInputElement>(`[${CHOICE}]`);
    if (control)
      choose(control.getAttribute(CHOICE)!, control.type === 'checkbox' ? String(control.checked) : control.ariaPressed === 'true' ? '' : control.value);
  };
  document.addEventListener('change', storeChoice);
  document.addEventListener('click', storeChoice);
  // The table of contents follows the reading once the reader scrolls (or arrives mid-page).
  const followReading = () => void load('toc').then((module) => module.default());
  if (document.querySelector('[data-toc]')) {
    if (scrollY > 0 || location.hash) followReading();
    else addEventListener('scroll', followReading, { once: true, passive: true });
  }
  // The fields show the stored values once a form comes near the screen (or with the handlers).
  const nearScreen = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      nearScreen.disconnect();
      void load('fieldSync').then((module) => module.default());
    },
    { rootMargin: '50% 0px' },
  );
  for (const form of document.querySelectorAll('main [data-preferences]')) nearScreen.observe(form);
}
