import type { Format } from '../registry/formats.ts';
import { type Lookup, shown } from '../registry/shown.ts';
import { shared } from './shared-state.ts';

export type ReaderValues = Readonly<Record<string, string>>;

/**
 * Marked elements grouped by variable and format, with the text the build gave them (the default,
 * formatted: the core indexes the page before anything writes into a mark) and what the group
 * shows now.
 */
type Index = Map<string, { elements: HTMLElement[]; built: string; shown?: string }>;
let index: Index | undefined;

/** The page's marks, grouped once: the build made them all, and the page never adds one. */
function marks(): Index {
  if (!index) {
    index = new Map();
    for (const element of document.querySelectorAll<HTMLElement>('[data-sitevar]')) {
      const key = `${element.dataset.sitevar} ${element.dataset.sitevarFormat ?? ''}`;
      const group = index.get(key) ?? { elements: [], built: element.textContent! };
      group.elements.push(element);
      index.set(key, group);
    }
  }
  return index;
}

/**
 * Shows the reader's values (or the defaults, for names they have not set) in every marked
 * element of the page. `lookup` is the core's definitions or the registry. Text only: values
 * never reach innerHTML. Code values may span several coloured token spans: the first keeps the
 * text (and its colour), the rest are emptied, so nothing is re-highlighted. Only groups whose
 * text changed are touched. (Tooltips saying whose value a mark shows are set apart, in
 * `mark-titles.ts`.)
 */
export function applyValues(lookup: Lookup, values: ReaderValues, defaults: ReaderValues = {}): void {
  for (const [key, group] of marks()) {
    const [name, format] = key.split(' ');
    const variable = lookup(name!);
    if (!variable) continue;
    // The build writes only formats it knows; any other text would show the value as it is.
    const { text: given, set: isSet } = shown(variable, lookup, values, defaults, format as Format);
    const text = given ?? group.built;
    // A stored value still being checked: neither it nor the example is shown meanwhile.
    const waiting = shared.waitingNames.has(variable.name);
    const state = `${text}\n${isSet}${waiting}`;
    if (group.shown === state) continue;
    group.shown = state;
    for (const element of group.elements) {
      const first = element.firstElementChild;
      (first ?? element).textContent = text;
      for (let other = first?.nextElementSibling; other; other = other.nextElementSibling) other.textContent = '';
      element.toggleAttribute('data-sitevar-set', isSet);
      element.toggleAttribute('data-sitevar-waiting', waiting);
    }
  }
}
