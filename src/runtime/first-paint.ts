// Runs in <head>, before the body is parsed, so it stays tiny: controls that need scripts are
// revealed by the `js` class, and when the reader may have saved values (any of our storage
// keys), marked text stays hidden until the body-end core, which validates them, has put them
// in: the examples never flash.
const root = document.documentElement;
root.classList.add('js');
try {
  if (Object.keys({ ...localStorage, ...sessionStorage }).some((key) => /^sitevar(:|-guide:|-session:)/.test(key))) {
    root.classList.add('sitevar-pending');
  }
} catch {
  // Storage blocked: nothing saved, nothing to wait for.
}
