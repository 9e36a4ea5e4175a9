import { describe, expect, it } from 'vitest';
import { compareGuides, nearestInOrder, windowAround } from './guide-order.ts';

const guide = (title: string, weight?: number) => ({ data: { title, ...(weight === undefined ? {} : { weight }) } });

describe('compareGuides', () => {
  it('orders by weight, then title, unweighted guides last', () => {
    const guides = [guide('Zulip'), guide('PhotoPrism', 620), guide('Paperless-ngx', 620), guide('Immich', 10), guide('Audiobookshelf')];
    expect(guides.sort(compareGuides).map((item) => item.data.title)).toEqual(['Immich', 'Paperless-ngx', 'PhotoPrism', 'Audiobookshelf', 'Zulip']);
  });
});

describe('nearestInOrder', () => {
  const letters = [...'abcdefghij'];

  it('takes neighbours on both sides, the item itself left out', () => {
    expect(nearestInOrder(letters, 5, 4)).toEqual(['d', 'e', 'g', 'h']);
  });

  it('takes more from one side at either end of the list', () => {
    expect(nearestInOrder(letters, 0, 4)).toEqual(['b', 'c', 'd', 'e']);
    expect(nearestInOrder(letters, 9, 4)).toEqual(['f', 'g', 'h', 'i']);
  });

  it('returns everything else when the list is short, and nothing for an item not in it', () => {
    expect(nearestInOrder(['a', 'b', 'c'], 1, 5)).toEqual(['a', 'c']);
    expect(nearestInOrder(letters, -1, 4)).toEqual([]);
  });
});

describe('windowAround', () => {
  const letters = [...'abcdefghij'];

  it('keeps the item near the middle of the window, and the window inside the list', () => {
    expect(windowAround(letters, 5, 3)).toEqual(['e', 'f', 'g']);
    expect(windowAround(letters, 9, 3)).toEqual(['h', 'i', 'j']);
    expect(windowAround(letters, 0, 3)).toEqual(['a', 'b', 'c']);
  });

  it('starts at the top for an item not in the list, and returns a short list whole', () => {
    expect(windowAround(letters, -1, 3)).toEqual(['a', 'b', 'c']);
    expect(windowAround(['a', 'b'], 1, 3)).toEqual(['a', 'b']);
  });
});
