// Runs in <head>, before the body is parsed, so it stays tiny: it applies the reader's theme and
// code wrapping, controls that need scripts are revealed by the `js` class, and when the reader
// may have saved values or choices (any of our storage keys), marked text, tab sets and section
// lists stay hidden until the body-end core, which validates them, has put them in place: the
// examples, the first tab or the site's order never flash.
import { ANY_KEY_PREFIX, THEME, WRAP } from './remember-choice';

const root = document.documentElement;
root.classList.add('js');
try {
  // The reader's theme and code wrapping, before anything is painted.
  const theme = localStorage.getItem(THEME);
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (localStorage.getItem(WRAP) === 'true') root.dataset.wrap = '';
  if (Object.keys({ ...localStorage, ...sessionStorage }).some((key) => key.startsWith(ANY_KEY_PREFIX))) {
    root.classList.add('sitevar-pending');
  }
} catch {
  // Storage blocked: nothing saved, nothing to wait for.
}
