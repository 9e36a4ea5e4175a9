import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A relative address of a guide's file (`../b/y.mdx#h`): no scheme, not from the root, not only a fragment. */
const GUIDE_FILE = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^?#]*?)\.mdx?(#.*)?$/i;

/**
 * The address of the page of a guide linked by its file, from the page of the guide linking it.
 * Authors link guides by file (`../b/y.mdx`), as their editor resolves it, and the content checks
 * verify the file is a guide; published, each guide is a folder one level below its file's, so
 * the same link is `../../b/y/` from its page. Undefined for any other address.
 */
export function guidePageHref(href: string): string | undefined {
  const match = GUIDE_FILE.exec(href);
  if (!match) return undefined;
  const [, file = '', fragment = ''] = match;
  return `../${file}/${fragment}`;
}

/** Links and link definitions to guide files point at the guides' pages. */
export function remarkGuideLinks() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const href = guidePageHref(node.url);
      if (href !== undefined) node.url = href;
    });
  };
}
