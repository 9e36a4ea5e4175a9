import { describe, expect, it } from 'vitest';
import type { GuideData } from '../schemas/guide.ts';
import { checkUrlClashes } from './urls.ts';

/** A guide as the URL check sees it, with its aliases in its front matter. */
function guide(file: string, url: string, aliases: string[] = []) {
  const source = `---\ntitle: "T"\ndescription: "D"\naliases:\n${aliases.map((alias) => `  - ${alias}`).join('\n')}\n---\n\nText ${aliases.join(' ')}.\n`;
  return { guide: { file, url, source }, data: { aliases } as unknown as GuideData };
}

describe('checkUrlClashes', () => {
  it('compares the folders the build writes: escapes decoded, and case ignored as macOS and Windows ignore it', () => {
    const problems = checkUrlClashes(
      [guide('a.mdx', '/guides/a/b-c/'), guide('b.mdx', '/guides/b/', ['/guides/a/b%2Dc/', '/Old/']), guide('c.mdx', '/guides/c/', ['/old/'])],
      ['/'],
    );
    expect(problems.map((problem) => `${problem.file}:${problem.line}  ${problem.message}`)).toEqual([
      'a.mdx:1  The guide a.mdx would be written to /guides/a/b-c/, which an alias in b.mdx also takes. Rename the file or change the alias.',
      'b.mdx:5  An alias in b.mdx would be written to /guides/a/b-c/, which the guide a.mdx also takes. Rename the file or change the alias.',
      'b.mdx:6  An alias in b.mdx would be written to /Old/, which an alias in c.mdx also takes. Rename the file or change the alias.',
      'c.mdx:5  An alias in c.mdx would be written to /Old/, which an alias in b.mdx also takes. Rename the file or change the alias.',
    ]);
  });

  it('names a few of many guides that take one URL, and how many more, in time linear in them', () => {
    const guides = Array.from({ length: 20_000 }, (_, index) => guide(`g${index}.mdx`, `/guides/g${index}/`, ['/taken/']));
    const problems = checkUrlClashes(guides, ['/']);
    expect(problems).toHaveLength(20_000);
    expect(problems[0]?.message).toBe(
      'An alias in g0.mdx would be written to /taken/, which an alias in g1.mdx, an alias in g2.mdx, an alias in g3.mdx and 19996 more also take. Rename the file or change the alias.',
    );
  });
});
