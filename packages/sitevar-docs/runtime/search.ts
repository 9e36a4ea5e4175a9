import { searchEmpty } from 'virtual:sitevar-docs/ui/search';
import { fill } from '../schemas/ui-fill';
/** The parts of Pagefind's browser API this page uses. */
interface PagefindApi {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: PagefindSection[];
}

/** How well a section matches: the sum of its matches' scores (shared notes weigh less). */
const scoreOf = (section: PagefindSection) => (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let api: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  api ??= import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`).then(async (module: PagefindApi) => {
    await module.options({ baseUrl: `${base}/` });
    return module;
  });
  return api;
}

/** Pagefind marks matches with <mark> in otherwise escaped text: rebuilt as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (text: string) => new DOMParser().parseFromString(`<!doctype html><body>${text.replace(/</g, '&lt;')}`, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!match) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(match[1]!);
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** A guide's result: its title, then its best matching sections (up to two), each with its excerpt. */
function resultItem(result: PagefindResult): HTMLLIElement {
  const sections = (result.sub_results ?? []).filter((sub) => sub.url !== result.url || (result.sub_results?.length ?? 0) === 1);
  const best = [...sections].sort((a, b) => scoreOf(b) - scoreOf(a)).slice(0, 2);
  const links = (best.length > 0 ? best : [{ title: result.meta.title ?? '', url: result.url, excerpt: result.excerpt }]).map((section) => {
    const link = element('a', 'search-result', [
      ...(section.title && section.title !== result.meta.title ? [element('span', 'search-result-section', [section.title])] : []),
      element('span', 'search-result-excerpt', excerptNodes(section.excerpt)),
    ]);
    link.href = section.url;
    return link;
  });
  return element('li', 'search-group', [element('span', 'search-result-title', [result.meta.title ?? result.url]), ...links]);
}

let latest = 0;

async function show(query: string, output: HTMLElement): Promise<void> {
  const request = ++latest;
  if (query.trim().length < 2) {
    output.hidden = true;
    output.replaceChildren();
    return;
  }
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, 8).map((result) => result.data()));
  if (request !== latest) return;
  output.hidden = false;
  output.replaceChildren(
    data.length === 0
      ? element('p', 'search-empty', [fill(searchEmpty, { query })])
      : element('ul', 'search-list', data.map(resultItem)),
  );
}

/** Wires the header search: results as you type, arrows to move through them, Escape to close. */
export function setUpSearch(): void {
  const box = document.querySelector<HTMLElement>('[data-search]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const output = box?.querySelector<HTMLElement>('.search-results');
  if (!box || !input || !output) return;
  void loadPagefind();
  input.addEventListener('input', () => void show(input.value, output));
  box.addEventListener('keydown', (event) => {
    const links = [...output.querySelectorAll<HTMLAnchorElement>('a')];
    const current = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = current === -1 ? (step === 1 ? 0 : links.length - 1) : current + step;
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]!.focus();
    } else if (event.key === 'Escape') {
      output.hidden = true;
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!box.contains(event.target as Node)) output.hidden = true;
  });
  if (input.value) void show(input.value, output);
}
