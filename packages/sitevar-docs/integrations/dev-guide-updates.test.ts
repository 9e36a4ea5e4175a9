import { describe, expect, it, vi } from 'vitest';
import { forgetSavedGuide, onGuideSaved, publishSavedGuide, savedGuide } from './dev-guide-updates.ts';

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
});
