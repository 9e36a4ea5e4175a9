import { rememberedChoice } from './remembered-choice';

/**
 * The section the reader asked to see first, with the button beside its heading on the home page.
 * Only that explicit choice reorders the lists: following a guide's link to another section is
 * looking, not choosing, and leaves the site's order alone.
 */
const leadingSection = rememberedChoice('sitevar-lead-section');

export function setUpSectionOrder(): void {
  const containers = [...document.querySelectorAll<HTMLElement>('[data-section-groups]')];
  // Each list's own order, to come back to when the reader takes the choice back.
  const configured = new Map(containers.map((container) => [container, [...container.children] as HTMLElement[]]));
  const lead = (section: string | undefined) => {
    const focused = document.activeElement as HTMLElement | null;
    for (const [container, groups] of configured) {
      const chosen = groups.find((group) => group.dataset.section === section);
      const order = chosen ? [chosen, ...groups.filter((group) => group !== chosen)] : groups;
      if (order.some((group, index) => container.children[index] !== group)) container.append(...order);
    }
    // Moving a group takes focus from the button inside it: give it back.
    if (focused && focused !== document.activeElement) focused.focus();
    for (const button of document.querySelectorAll<HTMLElement>('[data-lead-section]')) {
      button.setAttribute('aria-pressed', String(button.dataset.leadSection === section));
    }
  };
  // Anything stored that is not a section of this site is ignored.
  leadingSection.subscribe((section) => lead(section));
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-lead-section]');
    if (button) leadingSection.set(button.getAttribute('aria-pressed') === 'true' ? '' : button.dataset.leadSection!);
  });
}
