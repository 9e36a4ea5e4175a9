import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemsByGuide } from './astro-content-checks.ts';

describe('problems by guide', () => {
  it("sorts a report's problems to the guides they are in, by the collection's id", () => {
    const cwd = '/site';
    const guides = path.join(cwd, 'content/guides');
    const first = { file: 'content/guides/Provider/Plain Guide.md', line: 3, column: 1, message: 'first' };
    const second = { file: 'content/guides/Provider/Plain Guide.md', line: 9, message: 'second' };
    const other = { file: 'content/guides/other/unfinished.mdx', line: 7, column: 22, message: 'misspelt' };
    const byGuide = problemsByGuide(
      [
        first,
        other,
        second,
        // Not a guide's: an image beside the guides, a file outside them.
        { file: 'content/guides/other/diagram.svg', line: 1, message: 'image' },
        { file: 'content/elsewhere.mdx', line: 1, message: 'outside' },
      ],
      guides,
      cwd,
    );
    expect([...byGuide]).toEqual([
      ['provider/plain-guide', [first, second]],
      ['other/unfinished', [other]],
    ]);
  });

  it('reads problem files relative to the working folder, as reports name them', () => {
    const problem = { file: '../content/guides/a/b.mdx', line: 1, message: 'm' };
    expect([...problemsByGuide([problem], '/site/content/guides', '/site/app')]).toEqual([['a/b', [problem]]]);
  });
});
