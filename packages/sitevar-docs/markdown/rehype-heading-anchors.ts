import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { fill } from '../schemas/ui-fill.ts';

const LINK_ICON: Element = {
  type: 'element',
  tagName: 'svg',
  properties: { ariaHidden: 'true', viewBox: '0 0 24 24', width: 16, height: 16 },
  children: [
    {
      type: 'element',
      tagName: 'path',
      properties: {
        fill: 'currentColor',
        d: 'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2-1.4-1.4 2-2a1 1 0 1 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2 1.4 1.4-2 2a1 1 0 1 0 1.4 1.4L12 10.6a1 1 0 0 1 1.4 0Z',
      },
      children: [],
    },
  ],
};

/**
 * Gives section headings their ids (as Astro would: GitHub's slugs) and a link to themselves,
 * shown on hover and focus; the runtime also copies the section's address when it is clicked.
 */
export function rehypeHeadingAnchors({ label = 'Link to the section “{heading}”' }: { label?: string } = {}) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      // Highlighted code holds most of a guide's elements and never a heading.
      if (node.tagName === 'pre') return SKIP;
      if (!/^h[2-4]$/.test(node.tagName)) return CONTINUE;
      const text = textOf(node);
      const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
      node.properties.id = id;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, dataHeadingAnchor: '', ariaLabel: fill(label, { heading: text }) },
        children: [structuredClone(LINK_ICON)],
      });
      return SKIP;
    });
  };
}
