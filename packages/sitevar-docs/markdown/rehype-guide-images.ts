import path from 'node:path';
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isGuideAsset, isWithin } from '../content-checks/guide-assets.ts';
import { guideId } from '../content-checks/guide-files.ts';

/** An address with a scheme, from the site's root, or in the page: not a file next to the guide. */
const NOT_RELATIVE = /^(?:[a-z][a-z\d+.-]*:|\/|#|\?)/i;

/** The path an address names, decoded; undefined for a malformed %-escape (left as written). */
function decodedPath(address: string): string | undefined {
  try {
    return decodeURI(address);
  } catch {
    return undefined;
  }
}

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
      const decoded = decodedPath(filePart);
      if (decoded === undefined) return undefined;
      const target = path.resolve(path.dirname(file.path), decoded);
      // Only images in the guides' folder, of a type the site publishes, have a copy to point
      // at (integrations/astro-guide-assets.ts): any other address is left as written.
      if (!isWithin(guidesDirectory, target) || !isGuideAsset(target)) return undefined;
      const inGuides = path.relative(guidesDirectory, target);
      node.properties['src'] = `${'../'.repeat(depth)}${encodeURI(inGuides.split(path.sep).join('/'))}${rest}`;
      node.properties['loading'] ??= 'lazy';
      node.properties['decoding'] ??= 'async';
      return undefined;
    });
  };
}
