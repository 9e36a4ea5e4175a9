import { type DefaultTreeAdapterTypes, parseFragment, serialize } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** The attribute `<Tab>` marks its panel with, and the one holding its label. */
export const TAB_PANEL = 'data-tab-panel';
export const TAB_LABEL = 'data-tab-label';
/** The attribute a tab set's root carries: panels inside a nested set are that set's own. */
export const TAB_SET = 'data-tabs';

const attribute = (element: Element, name: string) => element.attrs.find((item) => item.name === name);

function setAttribute(element: Element, name: string, value: string): void {
  const existing = attribute(element, name);
  if (existing) existing.value = value;
  else element.attrs.push({ name, value });
}

/** The panels of one tab set, in document order, not looking into a nested set or into a panel. */
function panelsOf(parent: ParentNode, into: Element[] = []): Element[] {
  for (const child of parent.childNodes) {
    if (!('tagName' in child)) continue;
    if (attribute(child, TAB_PANEL)) into.push(child);
    else if (!attribute(child, TAB_SET)) panelsOf(child, into);
  }
  return into;
}

/**
 * Ties the panels `<Tab>` rendered to the tabs `<Tabs>` builds: each panel gets the ids that link
 * it to its tab, and its label (written once, on its `<Tab>`) is read back for the tab list.
 * The HTML is parsed and serialised again, never edited as text: a label or a title holding `>`
 * or a quote stays inside its attribute.
 */
export function linkTabPanels(html: string, idPrefix: string): { html: string; labels: string[] } {
  const fragment = parseFragment(html);
  const labels = panelsOf(fragment).map((panel, index) => {
    setAttribute(panel, 'id', `${idPrefix}-panel-${index}`);
    setAttribute(panel, 'aria-labelledby', `${idPrefix}-tab-${index}`);
    if (index > 0) setAttribute(panel, 'data-initially-hidden', '');
    return attribute(panel, TAB_LABEL)?.value ?? '';
  });
  return { html: serialize(fragment), labels };
}
