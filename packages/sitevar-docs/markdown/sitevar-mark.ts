import type { Element, ElementContent } from 'hast';
import type { Format, Registry } from '../registry/index.ts';

/**
 * What marks a personalised value: the browser runtime finds these by `data-sitevar` and swaps
 * only the text inside; everything else stays as built. The title names the variable (the
 * runtime adds whether it is the reader's value or an example).
 */
export function sitevarProperties(name: string, format: Format | undefined, registry: Registry): Element['properties'] {
  return {
    dataSitevar: name,
    ...(format ? { dataSitevarFormat: format } : {}),
    title: registry.get(name)?.label ?? name,
  };
}

export function sitevarElement(name: string, format: Format | undefined, children: ElementContent[], registry: Registry): Element {
  return { type: 'element', tagName: 'span', properties: sitevarProperties(name, format, registry), children };
}
