import { describe, expect, it } from 'vitest';
import { GUIDE_STORAGE_PREFIX, SESSION_STORAGE_PREFIX, STORAGE_PREFIX } from '../registry/storage-key.ts';
import { ANY_KEY_PREFIX, LEAD_SECTION, TAB_PREFIX, THEME, WRAP } from './choice-keys.ts';

describe('ANY_KEY_PREFIX', () => {
  // The core hides what is about to change as the head is parsed, and follows other tabs, by this prefix.
  it('starts every key the site stores: values and choices', () => {
    for (const key of [STORAGE_PREFIX, GUIDE_STORAGE_PREFIX, SESSION_STORAGE_PREFIX, THEME, WRAP, LEAD_SECTION, TAB_PREFIX])
      expect(key.startsWith(ANY_KEY_PREFIX)).toBe(true);
  });
});
