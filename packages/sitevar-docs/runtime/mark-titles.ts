import { markDefault, markExample, markYours } from 'virtual:sitevar-docs/ui/marks';
import { fill } from '../schemas/ui-fill';
import { isExample } from '../registry';
import { VALUES_APPLIED } from './page-attributes';
import { registry } from './registry';
import { shared } from './shared-state';

/**
 * Each mark's tooltip says whose value it shows: "Domain: your value", "…: example value" or, for
 * a default that works as it is, "…: default value". Only
 * a pointer or keyboard reader ever sees one, so this loads on the first hover or focus on a
 * mark (and with the form), not before first paint: the build's tooltip names the variable.
 */
export function applyTitles(values: Readonly<Record<string, string>>): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-sitevar]')) {
    const variable = registry.get(element.dataset.sitevar!);
    if (!variable) continue;
    const title = fill(registry.isSet(variable, values) ? markYours : isExample(registry, variable, values) ? markExample : markDefault, { label: variable.label });
    if (element.title !== title) element.title = title;
  }
}

/** Titles now and whenever values change, here or in another tab. */
export function followTitles(): void {
  const update = () => applyTitles(shared.values);
  update();
  window.addEventListener(VALUES_APPLIED, update);
}
