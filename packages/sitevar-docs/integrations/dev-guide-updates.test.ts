import { describe, expect, it, vi } from 'vitest';
import {
  checkSavedGuide,
  forgetSavedGuide,
  guideProblems,
  onGuideCheck,
  onGuideSaved,
  publishSavedGuide,
  reloadGuidePages,
  resetGuideProblems,
  savedGuide,
  setGuideProblems,
} from './dev-guide-updates.ts';

describe('dev guide updates', () => {
  it('shows a saved guide from the moment it is rendered, and reloads the page once per save', () => {
    const reload = vi.fn();
    onGuideSaved(reload);
    expect(savedGuide('a/b')).toBeUndefined();
    publishSavedGuide('a/b', { parts: ['<p>New</p>'], usedVariables: ['domain'] });
    expect(savedGuide('a/b')).toEqual({ parts: ['<p>New</p>'], usedVariables: ['domain'] });
    expect(reload).toHaveBeenCalledTimes(1);
    // A deleted guide is not shown from here any more.
    forgetSavedGuide('a/b');
    expect(savedGuide('a/b')).toBeUndefined();
  });

  it("keeps each guide's problems until a save replaces them, and says when its page changes", () => {
    const misspelt = { file: 'content/guides/a/b.mdx', line: 7, column: 15, message: 'Unknown site variable "domian". Did you mean "domain"?' };
    const other = { file: 'content/guides/c/d.mdx', line: 2, message: 'Another' };
    // As the server started: every guide's problems at once, a guide without any left out.
    resetGuideProblems(
      new Map([
        ['a/b', [misspelt]],
        ['c/d', [other]],
        ['e/f', []],
      ]),
    );
    expect(guideProblems('a/b')).toEqual([misspelt]);
    expect(guideProblems('e/f')).toEqual([]);
    expect(guideProblems('never/seen')).toEqual([]);
    // A save with the same problems changes nothing on the page; one with others or none does.
    expect(setGuideProblems('a/b', [{ ...misspelt }])).toBe(false);
    expect(setGuideProblems('a/b', [{ ...misspelt, column: 16 }])).toBe(true);
    expect(guideProblems('a/b')).toEqual([{ ...misspelt, column: 16 }]);
    expect(setGuideProblems('a/b', [])).toBe(true);
    expect(guideProblems('a/b')).toEqual([]);
    expect(setGuideProblems('a/b', [])).toBe(false);
    // A deleted guide's problems go with it; a restart replaces them all.
    forgetSavedGuide('c/d');
    expect(guideProblems('c/d')).toEqual([]);
    setGuideProblems('g/h', [other]);
    resetGuideProblems(new Map());
    expect(guideProblems('g/h')).toEqual([]);
  });

  it('checks a saved guide with what the integration set, and reloads the page without a new rendering', async () => {
    const reload = vi.fn();
    onGuideSaved(reload);
    const problem = { file: 'content/guides/a/b.mdx', line: 1, message: 'm' };
    onGuideCheck(async (filePath) => (filePath.endsWith('b.mdx') ? [problem] : []));
    expect(await checkSavedGuide('/site/content/guides/a/b.mdx')).toEqual([problem]);
    expect(await checkSavedGuide('/site/content/guides/a/c.mdx')).toEqual([]);
    reloadGuidePages();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
