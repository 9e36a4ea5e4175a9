import { describe, expect, it } from 'vitest';
import { guidePageHref } from './remark-guide-links.ts';

describe('links to guide files', () => {
  it('become the address of the guide’s page, from the page linking it', () => {
    expect(guidePageHref('../configure/variables.mdx')).toBe('../../configure/variables/');
    expect(guidePageHref('./placeholders.md')).toBe('.././placeholders/');
    expect(guidePageHref('placeholders.md#formats')).toBe('../placeholders/#formats');
    expect(guidePageHref('../b/Other.MDX')).toBe('../../b/Other/');
  });

  it('leave every other address as written', () => {
    for (const href of ['https://example.com/a.mdx', '/guides/a/b.mdx', '#anchor', '../b/', 'mailto:a@b.mdx', '../b/file.mdx.txt', '../b/y.mdx?x=1'])
      expect(guidePageHref(href)).toBeUndefined();
  });
});
