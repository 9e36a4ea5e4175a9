import { CHOICE, LEAD_SECTION, TAB_PREFIX, THEME, WRAP } from './choice-keys.ts';

/**
 * The reader's display choices: the theme, code wrapping, the tab of each tab group and the
 * section that leads the lists. Plain localStorage keys, synced across tabs by the storage
 * event; storage that throws just means a choice lasts for the page. The
 * inline core shows them before the first paint (and again on every change), so a remembered
 * tab or section order never flashes in, and stores each one as it is made (`page-loader.ts`).
 */
// Choices made on this page, for when storage keeps nothing.
const madeHere = new Map<string, string>();

export function readChoice(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? madeHere.get(key);
  } catch {
    return madeHere.get(key);
  }
}

/** Keeps a choice the reader made: in storage, and for this page whatever storage does. */
export function rememberChoice(key: string, value: string): void {
  madeHere.set(key, value);
  try {
    if (localStorage.getItem(key) !== value) localStorage.setItem(key, value);
  } catch {
    // Not remembered beyond this page: the choice still applies here.
  }
}

/** The tabs of a tab set: its own tab list is its first, before the panels (and any set in them). */
export const tabsOf = (container: Element) => [...container.querySelector('[role=tablist]')!.children] as HTMLButtonElement[];

/** Selects the tab whose value is the label (else the first), and shows its panel. */
function selectTab(container: Element, label: string | undefined): void {
  const tabs = tabsOf(container);
  const target = tabs.find((tab) => tab.value === label) ?? tabs[0];
  for (const tab of tabs) {
    const selected = tab === target;
    tab.ariaSelected = String(selected);
    tab.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(tab.getAttribute('aria-controls')!);
    if (panel) panel.hidden = !selected;
  }
}

/** The controls that make the choice stored under the key (see `CHOICE`). */
const controlsOf = <E extends Element>(key: string) => document.querySelectorAll<E>(`[${CHOICE}="${key}"]`);

// Each list's own order, to come back to when the reader takes the choice back.
const configuredOrder = new Map<Element, Element[]>();

/**
 * Puts the chosen section first in every list of sections. Only the explicit choice (the button
 * beside a section's heading on the home page) reorders: following a guide's link to another
 * section is looking, not choosing. Anything stored that is not a section here is ignored.
 */
function leadSection(section: string | undefined): void {
  const focused = document.activeElement as HTMLElement | null;
  for (const container of document.querySelectorAll('[data-section-groups]')) {
    if (!configuredOrder.has(container)) configuredOrder.set(container, [...container.children]);
    const groups = configuredOrder.get(container)!;
    const chosen = groups.find((group) => (group as HTMLElement).dataset.section === section);
    const order = chosen ? [chosen, ...groups.filter((group) => group !== chosen)] : groups;
    if (order.some((group, index) => container.children[index] !== group)) container.append(...order);
  }
  // Moving a group takes focus from the button inside it: give it back.
  if (focused !== document.activeElement) focused?.focus();
  for (const button of controlsOf<HTMLButtonElement>(LEAD_SECTION)) button.ariaPressed = String(button.value === section);
}

/** Shows every remembered choice: on load before the first paint, and after each change. */
export function showChoices(): void {
  const root = document.documentElement;
  const theme = readChoice(THEME);
  // `system` (anything else stored too) leaves the colours to the browser's preference.
  const current = theme === 'light' || theme === 'dark' ? theme : 'system';
  root.dataset.theme = current;
  for (const select of controlsOf<HTMLSelectElement>(THEME)) select.value = current;
  const wrap = readChoice(WRAP) === 'true';
  root.toggleAttribute('data-wrap', wrap);
  for (const box of controlsOf<HTMLInputElement>(WRAP)) box.checked = wrap;
  for (const container of document.querySelectorAll<HTMLElement>('[data-tabs]')) {
    selectTab(container, readChoice(TAB_PREFIX + container.dataset.group));
    container.dataset.ready = '';
  }
  leadSection(readChoice(LEAD_SECTION));
}
