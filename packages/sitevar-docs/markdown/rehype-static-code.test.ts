import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeStaticCode } from './rehype-static-code.ts';

const span = (value: string, properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName: 'span',
  properties,
  children: [{ type: 'text', value }],
});

describe('rehypeStaticCode', () => {
  it('turns each code block into one fragment holding its HTML, and leaves the rest alone', () => {
    const figure: Element = {
      type: 'element',
      tagName: 'figure',
      properties: { className: ['code-block'] },
      children: [
        { type: 'element', tagName: 'pre', properties: {}, children: [span('port: '), span('9091', { dataSitevar: 'port', title: 'Authelia port' })] },
      ],
    };
    const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: [span('prose')] };
    const tree: Root = { type: 'root', children: [paragraph, figure] };
    const expected = toHtml(figure);
    rehypeStaticCode()(tree);
    expect(tree.children[0]).toBe(paragraph);
    expect(tree.children[1]).toEqual({
      type: 'mdxJsxFlowElement',
      name: 'Fragment',
      attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: expected }],
      children: [],
    });
    expect(expected).toContain('<span data-sitevar="port" title="Authelia port">9091</span>');
  });
});
