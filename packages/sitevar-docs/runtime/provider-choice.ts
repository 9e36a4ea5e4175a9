import { rememberedChoice } from './remembered-choice';

/** The identity provider the reader chose last, remembered like a tab group. */
const chosenProvider = rememberedChoice('sitevar-provider');

/** Puts the chosen provider's group first wherever guides are listed by provider. */
function leadWith(provider: string | undefined): void {
  for (const container of document.querySelectorAll<HTMLElement>('[data-provider-groups]')) {
    const group = [...container.children].find((child) => (child as HTMLElement).dataset.provider === provider);
    if (group && container.firstElementChild !== group) container.prepend(group);
  }
}

export function setUpProviderChoice(): void {
  // Only a provider this page lists is taken from storage; anything else is ignored.
  const known = new Set([...document.querySelectorAll<HTMLElement>('[data-provider]')].map((element) => element.dataset.provider));
  chosenProvider.subscribe((provider) => leadWith(provider && known.has(provider) ? provider : undefined));
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLElement>('.provider-switch [data-provider]');
    if (link?.dataset.provider) chosenProvider.set(link.dataset.provider);
  });
}
