import { rememberedChoice, type RememberedChoice } from './remembered-choice';

const TAB_PREFIX = 'sitevar-tabs:';

/** Selects the tab with a label in every tab set of a group, and remembers the choice. */
function select(container: HTMLElement, label: string, focus: boolean): void {
  const tabs = [...container.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] [role="tab"]')];
  const target = tabs.find((tab) => tab.dataset.label === label) ?? tabs[0];
  if (!target) return;
  for (const tab of tabs) {
    const selected = tab === target;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
    if (panel) panel.hidden = !selected;
  }
  if (focus) target.focus();
}

export function setUpTabs(): void {
  const containers = [...document.querySelectorAll<HTMLElement>('[data-tabs]')];
  const groups = new Map<string, RememberedChoice>();
  for (const container of containers) {
    const group = container.dataset.group ?? '';
    container.dataset.ready = '';
    let store = groups.get(group);
    if (!store) {
      store = rememberedChoice(TAB_PREFIX + group);
      groups.set(group, store);
    }
    const choice = store;
    choice.subscribe((label) => select(container, label ?? '', false));
    const tablist = container.querySelector<HTMLElement>(':scope > [role="tablist"]');
    tablist?.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
      if (tab?.dataset.label) choice.set(tab.dataset.label);
    });
    tablist?.addEventListener('keydown', (event) => {
      const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
      const current = tabs.indexOf(document.activeElement as HTMLElement);
      if (current === -1) return;
      const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tabs.length - 1 };
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const tab = tabs[(next + tabs.length) % tabs.length]!;
      choice.set(tab.dataset.label ?? '');
      select(container, tab.dataset.label ?? '', true);
    });
  }
}
