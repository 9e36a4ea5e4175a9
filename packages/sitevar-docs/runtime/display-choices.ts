import { themeChange, themeDark, themeLight, themeSystem } from 'virtual:sitevar-docs/ui/page';
import { fill } from '../schemas/ui-fill';
import { rememberedChoice } from './remembered-choice';

const THEMES = ['system', 'light', 'dark'] as const;
const LABELS = { system: themeSystem, light: themeLight, dark: themeDark } as const;

/** The theme toggle (system, light, dark) and code wrapping: remembered, synced across tabs. */
export function setUpDisplayChoices(): void {
  const root = document.documentElement;
  const theme = rememberedChoice('sitevar-theme');
  theme.subscribe((value) => {
    const current = value === 'light' || value === 'dark' ? value : 'system';
    if (current === 'system') delete root.dataset.theme;
    else root.dataset.theme = current;
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
      button.dataset.current = current;
      button.setAttribute('aria-label', LABELS[current]);
      button.title = fill(themeChange, { theme: LABELS[current] });
    }
  });
  const wrap = rememberedChoice('sitevar-wrap');
  wrap.subscribe((value) => {
    root.toggleAttribute('data-wrap', value === 'true');
    for (const box of document.querySelectorAll<HTMLInputElement>('[data-wrap-toggle]')) box.checked = value === 'true';
  });
  document.addEventListener('click', (event) => {
    if (!(event.target as Element | null)?.closest?.('[data-theme-toggle]')) return;
    const current = (theme.get() ?? 'system') as (typeof THEMES)[number];
    theme.set(THEMES[(THEMES.indexOf(current) + 1) % THEMES.length]!);
  });
  document.addEventListener('change', (event) => {
    const box = (event.target as Element | null)?.closest?.<HTMLInputElement>('[data-wrap-toggle]');
    if (box) wrap.set(String(box.checked));
  });
}
