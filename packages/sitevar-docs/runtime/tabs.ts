import { tabsOf } from './choices';
import { rememberChoice, TAB_PREFIX } from './remember-choice';

/** Chooses a tab for its whole group (every tab set of the group shows it), remembered. */
function choose(tab: HTMLElement, focus: boolean): void {
  const container = tab.closest<HTMLElement>('[data-tabs]')!;
  const label = tab.dataset.label ?? '';
  // The core shows the choice in every tab set at once (`CHOICE_MADE`).
  rememberChoice(TAB_PREFIX + container.dataset.group, label);
  if (focus) tab.focus();
}

const tabOf = (event: Event) => (event.target as Element | null)?.closest?.<HTMLElement>('[data-tabs] > [role="tablist"] [role="tab"]');

export function onTabClick(event: Event): void {
  const tab = tabOf(event);
  if (tab) choose(tab, false);
}

/** Arrow keys, Home and End move along the tab list, as the ARIA tabs pattern has it. */
export function onTabKey(event: KeyboardEvent): void {
  const tab = tabOf(event);
  if (!tab) return;
  const tabs = tabsOf(tab.closest('[data-tabs]')!);
  const current = tabs.indexOf(tab);
  const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
  const next = moves[event.key];
  if (next === undefined) return;
  event.preventDefault();
  choose(tabs[(next + tabs.length) % tabs.length]!, true);
}
