import { type DefaultTreeAdapterTypes, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { linkTabPanels } from './tab-panels.ts';

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Every element's tag name in a fragment, in document order. */
function tagNames(html: string): string[] {
  const names: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      names.push(node.tagName);
      walk(node.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return names;
}

/** A panel as Tab.astro renders it (Astro escapes the label's quotes and ampersands, not `>`). */
const panel = (label: string, body: string) =>
  `<div class="tab-panel" role="tabpanel" data-tab-panel data-tab-label="${label.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"><p class="tab-heading">${label.replaceAll('<', '&lt;')}</p>${body}</div>`;

describe('linkTabPanels', () => {
  it('gives each panel the ids tying it to its tab, and reads the labels back', () => {
    const { html, labels } = linkTabPanels(`${panel('Docker', '<p>one</p>')}\n${panel('Standalone & "bare"', '<p>two</p>')}`, 'tabs-x');
    expect(labels).toEqual(['Docker', 'Standalone & "bare"']);
    const fragment = parseFragment(html);
    const panels = fragment.childNodes.filter((node): node is DefaultTreeAdapterTypes.Element => 'tagName' in node);
    expect(panels.map((node) => Object.fromEntries(node.attrs.map(({ name, value }) => [name, value])))).toEqual([
      expect.objectContaining({ id: 'tabs-x-panel-0', 'aria-labelledby': 'tabs-x-tab-0' }),
      expect.objectContaining({ id: 'tabs-x-panel-1', 'aria-labelledby': 'tabs-x-tab-1', 'data-initially-hidden': '' }),
    ]);
    expect(panels[0]!.attrs.some((item) => item.name === 'data-initially-hidden')).toBe(false);
  });

  it('keeps a label holding markup inside its attribute: no element breaks out of it', () => {
    const hostile = 'x><meta http-equiv=refresh content=1;url=http://127.0.0.1:4598/pwned-label>';
    const { html, labels } = linkTabPanels(panel(hostile, '<p>body</p>'), 'tabs-x');
    expect(labels).toEqual([hostile]);
    expect(tagNames(html)).toEqual(['div', 'p', 'p']);
  });

  it('does not take an element whose title mentions the panel attribute for a panel', () => {
    const title = 'x data-tab-panel><meta http-equiv=refresh content=1;url=http://127.0.0.1:4598/pwned-title>';
    const inside = `<div title="${title}">text</div>`;
    const { html, labels } = linkTabPanels(panel('Docker', inside), 'tabs-x');
    expect(labels).toEqual(['Docker']);
    expect(tagNames(html)).toEqual(['div', 'p', 'div']);
    const div = (parseFragment(html).childNodes[0] as DefaultTreeAdapterTypes.Element).childNodes.find(
      (node) => 'tagName' in node && node.tagName === 'div',
    ) as DefaultTreeAdapterTypes.Element;
    expect(div.attrs).toEqual([{ name: 'title', value: title }]);
  });

  it("leaves a nested tab set's panels to that set", () => {
    const nested = `<div class="tabs" data-tabs>${panel('Inner', '<p>inner</p>')}</div>`;
    const { labels } = linkTabPanels(`${panel('Outer', nested)}${panel('Second', '')}`, 'tabs-x');
    expect(labels).toEqual(['Outer', 'Second']);
  });
});
