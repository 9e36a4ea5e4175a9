import { STORAGE_PREFIX } from '../registry/storage-key';

// Runs in <head>, before the body is parsed, so it stays tiny: controls that need scripts are
// revealed by the `js` class, and when the reader has saved values, marked text stays hidden
// until the body-end applier (which validates them) has put them in: the examples never flash.
const root = document.documentElement;
root.classList.add('js');
try {
  const storage = window.localStorage;
  for (let index = 0; index < storage.length; index++) {
    if (storage.key(index)?.startsWith(STORAGE_PREFIX)) {
      root.classList.add('sitevar-pending');
      break;
    }
  }
} catch {
  // Storage blocked: nothing saved, nothing to wait for.
}
