import { decodeHTML } from 'entities';

export interface PageHeading {
  readonly depth: 2 | 3;
  readonly slug: string;
  readonly text: string;
}

const HEADING = /<h([23])\b([^>]*)>([\s\S]*?)<\/h\1>/g;
const ID = /\sid="([^"]+)"/;
/** The link rehype-heading-anchors appends to a heading: its label is not the heading's text. */
const ANCHOR = /<a class="heading-anchor"[\s\S]*?<\/a>/g;

/**
 * The sections of a rendered guide body, in page order: the guide's own headings and those its
 * components render (shared notes such as "Before you begin"), which Astro's `headings` of the
 * Markdown alone never list. The HTML is the engine's own rendering, so a pattern reads it.
 */
export function pageHeadings(html: string): PageHeading[] {
  const headings: PageHeading[] = [];
  for (const [, depth, attributes, inner] of html.matchAll(HEADING)) {
    const id = ID.exec(attributes!)?.[1];
    if (!id) continue;
    const text = decodeHTML(inner!.replace(ANCHOR, '').replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) headings.push({ depth: Number(depth) as 2 | 3, slug: decodeHTML(id), text });
  }
  return headings;
}
