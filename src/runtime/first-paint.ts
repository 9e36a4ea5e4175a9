import { GUIDE_STORAGE_PREFIX, SESSION_STORAGE_PREFIX, STORAGE_PREFIX } from '../registry/storage-key';

// Runs in <head>, before the body is parsed, so it stays tiny: controls that need scripts are
// revealed by the `js` class, and when the reader has saved values, marked text stays hidden
// until the body-end applier (which validates them) has put them in: the examples never flash.
const root = document.documentElement;
root.classList.add('js');

function hasKey(storage: () => Storage, prefixes: string[]): boolean {
  try {
    const store = storage();
    for (let index = 0; index < store.length; index++) {
      const key = store.key(index) ?? '';
      if (prefixes.some((prefix) => key.startsWith(prefix))) return true;
    }
  } catch {
    // Storage blocked: nothing saved, nothing to wait for.
  }
  return false;
}

const guide = root.dataset.guide;
const localPrefixes = guide ? [STORAGE_PREFIX, `${GUIDE_STORAGE_PREFIX}${guide}:`] : [STORAGE_PREFIX];
if (hasKey(() => window.localStorage, localPrefixes) || (guide && hasKey(() => window.sessionStorage, [`${SESSION_STORAGE_PREFIX}${guide}:`]))) {
  root.classList.add('sitevar-pending');
}
