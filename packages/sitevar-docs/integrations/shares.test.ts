import { describe, expect, it } from 'vitest';
import { filledIn, inShares } from './shares.ts';

describe('inShares', () => {
  it('gives every n-th item to each share and puts the results back in order', async () => {
    const seen: number[][] = [];
    const results = await inShares([1, 2, 3, 4, 5, 6, 7], 3, async (share) => {
      seen.push(share);
      return share.map((item) => item * 10);
    });
    expect(seen).toEqual([
      [1, 4, 7],
      [2, 5],
      [3, 6],
    ]);
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70]);
  });
});

describe('filledIn', () => {
  it('keeps what was kept and fills the gaps with the fresh results, in order', () => {
    expect(filledIn(['a', undefined, 'c', undefined], ['B', 'D'])).toEqual(['a', 'B', 'c', 'D']);
  });
});
