import { describe, expect, it } from 'vitest';
import { pageHeadings } from './page-headings.ts';

describe('pageHeadings', () => {
  it("lists the guide's sections and its components', in page order, without the anchor link's label", () => {
    const html = [
      '<h2 id="tested-versions">Tested versions<a class="heading-anchor" href="#tested-versions" aria-label="Link to the section “Tested versions”"><svg aria-hidden="true"><path d="M1"></path></svg></a></h2>',
      '<section class="oidc-common"><h3 id="before-you-begin">Before you begin</h3></section>',
      '<h3 class="x" id="a&amp;b">Tom &amp; <code>Jerry&#x27;s</code>\n  <span data-sitevar="domain">example.com</span></h3>',
      '<h4 id="deep">Too deep for the table</h4>',
      '<h2>No id, no link</h2>',
      '<h2 id="empty"><a class="heading-anchor" href="#empty"></a></h2>',
    ].join('\n');
    expect(pageHeadings(html)).toEqual([
      { depth: 2, slug: 'tested-versions', text: 'Tested versions' },
      { depth: 3, slug: 'before-you-begin', text: 'Before you begin' },
      { depth: 3, slug: 'a&b', text: "Tom & Jerry's example.com" },
    ]);
  });
});
