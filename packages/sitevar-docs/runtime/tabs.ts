import { tabsOf } from './choices.ts';

/**
 * Arrow keys, Home and End move along the tab list, as the ARIA tabs pattern has it: the tab
 * moved to is clicked, so the core chooses it for its whole group and remembers it, as for a
 * click of the reader's (`page-loader.ts`), and focused.
 */
export function onTabKey(event: KeyboardEvent): void {
  // A tab of its own set's list (`tabsOf`), not of a set nested in a panel.
  const tab = (event.target as Element | null)?.closest?.<HTMLButtonElement>('[role=tab]');
  const container = tab?.closest('[data-tabs]');
  const tabs = container ? tabsOf(container) : [];
  const current = tabs.indexOf(tab!);
  if (current < 0) return;
  const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
  const next = moves[event.key];
  if (next === undefined) return;
  event.preventDefault();
  const chosen = tabs[(next + tabs.length) % tabs.length]!;
  chosen.click();
  chosen.focus();
}
