import { rememberedChoice } from './remembered-choice';

/**
 * The theme (system, light or dark: a select, so the choice is explicit and the current one
 * shown) and code wrapping: remembered, synced across tabs.
 */
export function setUpDisplayChoices(): void {
  const root = document.documentElement;
  const theme = rememberedChoice('sitevar-theme');
  theme.subscribe((value) => {
    const current = value === 'light' || value === 'dark' ? value : 'system';
    if (current === 'system') delete root.dataset.theme;
    else root.dataset.theme = current;
    for (const choice of document.querySelectorAll<HTMLElement>('[data-theme-select]')) {
      choice.dataset.current = current;
      choice.querySelector('select')!.value = current;
    }
  });
  const wrap = rememberedChoice('sitevar-wrap');
  wrap.subscribe((value) => {
    root.toggleAttribute('data-wrap', value === 'true');
    for (const box of document.querySelectorAll<HTMLInputElement>('[data-wrap-toggle]')) box.checked = value === 'true';
  });
  document.addEventListener('change', (event) => {
    const target = event.target as Element | null;
    if (target?.matches?.('[data-theme-select] select')) theme.set((target as HTMLSelectElement).value);
    const box = target?.closest?.<HTMLInputElement>('[data-wrap-toggle]');
    if (box) wrap.set(String(box.checked));
  });
}
