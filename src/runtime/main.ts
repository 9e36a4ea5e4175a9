import { applyValues } from './apply';
import { setUpCopyButtons } from './copy-button';
import { guideDefaults, readerValues } from './preferences-store';
import { setUpPreferenceForms } from './preferences-form';
import { setUpProviderChoice } from './provider-choice';
import { setUpTabs } from './tabs';

/** Everything interactive, loaded after the page is shown. Values were already applied before paint. */
readerValues.subscribe((values) => applyValues(document, values, guideDefaults));
setUpPreferenceForms();
setUpCopyButtons();
setUpTabs();
setUpProviderChoice();

for (const opener of document.querySelectorAll<HTMLElement>('[data-open-preferences]')) {
  opener.addEventListener('click', () => {
    const dialog = document.getElementById('preferences-dialog') as HTMLDialogElement | null;
    dialog?.showModal();
    dialog?.querySelector<HTMLInputElement>('input')?.focus();
  });
}
for (const closer of document.querySelectorAll<HTMLElement>('[data-close-dialog]')) {
  closer.addEventListener('click', () => closer.closest('dialog')?.close());
}
