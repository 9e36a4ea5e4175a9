import { markDefault, markExample, markYours } from 'virtual:sitevar-docs/ui/marks';
import { isExample } from '../registry/index.ts';
import { fill } from '../schemas/ui-fill.ts';
import { VALUES_APPLIED } from './page-attributes.ts';
import { registry } from './registry.ts';
import { shared } from './shared-state.ts';

// Each mark's tooltip says whose value it shows: "Domain: your value", "…: example value" or, for
// a default that works as it is, "…: default value". Only a pointer or keyboard reader ever sees
// one, so this loads on the first hover or focus on a mark (and with the form), not before first
// paint: the build's tooltip names the variable.

// The page's marks by variable, and the title each variable's marks were last given.
let marksByName: Map<string, HTMLElement[]> | undefined;
const shownTitles = new Map<string, string>();

/**
 * Gives every mark the title its variable has now. A title depends on the variable only, so it
 * is made once per variable and written only where it changed: typing in a field re-applies on
 * every key, and a page can hold thousands of marks.
 */
export function applyTitles(values: Readonly<Record<string, string>>): void {
  if (!marksByName) {
    // Marks are the build's: the page never adds or removes one.
    marksByName = new Map();
    for (const element of document.querySelectorAll<HTMLElement>('[data-sitevar]')) {
      const name = element.dataset.sitevar!;
      const elements = marksByName.get(name);
      if (elements) elements.push(element);
      else marksByName.set(name, [element]);
    }
  }
  for (const [name, elements] of marksByName) {
    const variable = registry.get(name);
    if (!variable) continue;
    const title = fill(registry.isSet(variable, values) ? markYours : isExample(registry, variable, values) ? markExample : markDefault, {
      label: variable.label,
    });
    if (shownTitles.get(name) === title) continue;
    shownTitles.set(name, title);
    for (const element of elements) element.title = title;
  }
}

/** Titles now and whenever values change, here or in another tab. */
export function followTitles(): void {
  const update = () => applyTitles(shared.values);
  update();
  window.addEventListener(VALUES_APPLIED, update);
}
