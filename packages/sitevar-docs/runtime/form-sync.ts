import { trackEdits } from './edited-fields';
import { FIELDS_EDITED } from './page-attributes';
import { syncFields } from './form-fields';
import { VALUES_CHANGED } from './shared-state';
import { readCheckedValues } from './registry';

let started = false;

/**
 * Fills the preferences fields with the stored values and keeps them following changes made in
 * other tabs. Loaded when a form comes near the screen, or with the form's handlers, not before
 * first paint: until then nothing writes into a field, and the first thing this does is mark
 * every field the reader has already changed, so those are never written into either.
 */
export function setUpFieldSync(): void {
  if (started) return;
  started = true;
  // Typed, pasted or autofilled before anything watched: the form's handlers take it over.
  if (trackEdits()) document.dispatchEvent(new Event(FIELDS_EDITED));
  const sync = () => syncFields(readCheckedValues());
  sync();
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith('sitevar')) sync();
  });
  window.addEventListener(VALUES_CHANGED, sync);
  // Back to a page kept in the back-forward cache: other pages may have changed values meanwhile.
  window.addEventListener('pageshow', (event) => event.persisted && sync());
}
