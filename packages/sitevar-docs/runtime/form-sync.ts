import { trackEdits } from './edited-fields.ts';
import { syncFields } from './form-fields.ts';
import { VALUES_APPLIED } from './page-attributes.ts';
import { shared } from './shared-state.ts';

let started = false;

/**
 * Fills the preferences fields with the stored values and keeps them following changes made in
 * other tabs. Loaded when a form comes near the screen, or with the form's handlers, not before
 * first paint: until then nothing writes into a field, and the first thing this does is mark
 * every field the reader has already changed, so those are never written into either.
 */
export default function setUpFieldSync(): void {
  if (started) return;
  started = true;
  // Typed, pasted or autofilled before anything watched: said again as the input it is, so the
  // form's handlers load (through the page loader, or the handlers if they are there) and take
  // it over. The form's own listeners are never there yet: they are set up after this.
  trackEdits()[0]?.dispatchEvent(new Event('input', { bubbles: true }));
  // What the core shows: it re-applies on every change in another tab, a finished check and a
  // return from the back-forward cache, and says so.
  const sync = () => syncFields(shared.values);
  sync();
  window.addEventListener(VALUES_APPLIED, sync);
}
