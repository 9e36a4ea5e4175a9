/**
 * The table of contents follows the reading: the section whose heading last passed the top fifth
 * of the screen (or the last one, once the page is scrolled to its end) is marked current in both
 * tables, beside the guide and in the bar on narrow screens, whose summary names it. Loaded once
 * the reader scrolls: before that the first section is current, as the page is built.
 */
export default function followReading(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
  const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let pending = false;
  const update = () => {
    pending = false;
    const line = innerHeight / 5;
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    let current = headings[0];
    for (const heading of headings) if (heading && (atEnd || heading.getBoundingClientRect().top < line)) current = heading;
    for (const [index, link] of links.entries()) {
      if (headings[index] === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    const bar = document.querySelector('[data-toc-current]');
    if (bar && current) bar.textContent = current.textContent;
  };
  // At most once a frame, whatever the scroll rate: a few headings measured, nothing written unless changed.
  addEventListener(
    'scroll',
    () => {
      if (!pending) requestAnimationFrame(update);
      pending = true;
    },
    { passive: true },
  );
  update();
}
