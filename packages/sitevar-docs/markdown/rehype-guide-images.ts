import path from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { guideId } from '../content-checks/guide-files';

/** An address with a scheme, from the site's root, or in the page: not a file next to the guide. */
const NOT_RELATIVE = /^(?:[a-z][a-z\d+.-]*:|\/|#|\?)/i;

/**
 * Points a guide's relative images (`![A diagram](diagram.svg)`, next to the guide) at the copy
 * the site publishes under its guides' address (`integrations/astro-guide-assets.ts`): from the
 * page, up to the guides' folder, then the file's own path in it.
 */
export function rehypeGuideImages({ guidesDirectory }: { guidesDirectory: string }) {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const depth = guideId(path.relative(guidesDirectory, file.path)).split('/').length;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') return SKIP;
      if (node.tagName !== 'img' || typeof node.properties['src'] !== 'string' || NOT_RELATIVE.test(node.properties['src'])) return undefined;
      const [filePart = '', rest = ''] = node.properties['src'].split(/(?=[?#])/);
      const target = path.resolve(path.dirname(file.path), decodeURI(filePart));
      const inGuides = path.relative(guidesDirectory, target);
      // An image outside the guides' folder is not published: the address is left as written.
      if (inGuides.startsWith('..') || path.isAbsolute(inGuides)) return undefined;
      node.properties['src'] = `${'../'.repeat(depth)}${encodeURI(inGuides.split(path.sep).join('/'))}${rest}`;
      node.properties['loading'] ??= 'lazy';
      node.properties['decoding'] ??= 'async';
      return undefined;
    });
  };
}
