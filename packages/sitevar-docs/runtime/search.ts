import { searchEmpty, searchYourValues } from 'virtual:sitevar-docs/ui/search';
import { STORAGE_PREFIX } from '../registry/index.ts';
import { fill } from '../schemas/ui-fill.ts';
import { registry } from './registry.ts';
import { focusExcerpt } from './search-excerpt.ts';
import { isRealHit, type OwnValue, queryTerms, withExampleValues } from './search-query.ts';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindApi {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { balanced_score: number }[];
}

interface PagefindResult {
  url: string;
  meta: { title?: string };
  content: string;
  excerpt: string;
  locations: number[];
  sub_results?: PagefindSection[];
}

/** Keeps the sections, and the guides, where a matched word really is one of the terms. */
function realHits(result: PagefindResult, terms: readonly string[]): PagefindResult | undefined {
  const words = result.content.split(/\s+/);
  const real = (locations: readonly number[] = []) => locations.some((location) => isRealHit(words[location] ?? '', terms));
  if (!real(result.locations)) return undefined;
  return { ...result, sub_results: (result.sub_results ?? []).filter((section) => real(section.locations)) };
}

/** The reader's own site values that the pages show in place of their examples. */
function ownValues(): OwnValue[] {
  const own: OwnValue[] = [];
  try {
    for (const variable of registry.variables) {
      if (variable.scope !== 'site' || (variable.kind !== 'domain' && variable.kind !== 'label' && variable.kind !== 'host')) continue;
      const value = localStorage.getItem(STORAGE_PREFIX + variable.name);
      if (registry.isCanonical(variable, value)) own.push({ label: variable.label, value, example: variable.default });
    }
  } catch {
    // Blocked storage: the reader has no values of their own here.
  }
  return own;
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

/** An excerpt as nodes (text, never HTML): code on one line in monospace, prose as it is. */
function excerptElement(raw: string): HTMLElement {
  const { parts, code } = focusExcerpt(raw);
  const nodes = parts.map((part) => {
    if (!part.match) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
  return element(code ? 'code' : 'span', code ? 'search-result-excerpt search-result-code' : 'search-result-excerpt', nodes);
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
      excerptElement(section.excerpt),
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
  const lookup = withExampleValues(query, ownValues());
  const terms = queryTerms(lookup.query);
  const { results } = await pagefind.search(lookup.query);
  const data = (await Promise.all(results.slice(0, 12).map((result) => result.data())))
    .map((result) => realHits(result, terms))
    .filter((result) => result !== undefined)
    .slice(0, 8);
  if (request !== latest) return;
  output.hidden = false;
  const note = lookup.labels.length > 0 && data.length > 0 ? [element('p', 'search-note', [fill(searchYourValues, { labels: lookup.labels.join(', ') })])] : [];
  output.replaceChildren(
    ...note,
    data.length === 0 ? element('p', 'search-empty', [fill(searchEmpty, { query })]) : element('ul', 'search-list', data.map(resultItem)),
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
