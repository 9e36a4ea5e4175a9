import type { Element, ElementContent } from 'hast';
import { getVariable, type Format } from '../registry';

/**
 * The element that marks a personalised value. The browser runtime finds these by
 * `data-sitevar` and swaps only the text inside; everything else stays as built.
 */
export function sitevarElement(name: string, format: Format | undefined, children: ElementContent[]): Element {
  const label = getVariable(name)?.label ?? name;
  return {
    type: 'element',
    tagName: 'span',
    properties: {
      className: ['sitevar'],
      dataSitevar: name,
      ...(format ? { dataSitevarFormat: format } : {}),
      title: `${label}: example value, set yours in preferences`,
    },
    children,
  };
}
