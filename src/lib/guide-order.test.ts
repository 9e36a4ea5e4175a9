import { describe, expect, it } from 'vitest';
import { compareGuides } from './guide-order';

const guide = (title: string, weight?: number) => ({ data: { title, ...(weight === undefined ? {} : { weight }) } });

describe('compareGuides', () => {
  it('orders by weight, then title, unweighted guides last', () => {
    const guides = [guide('Zulip'), guide('PhotoPrism', 620), guide('Paperless-ngx', 620), guide('Immich', 10), guide('Audiobookshelf')];
    expect(guides.sort(compareGuides).map((item) => item.data.title)).toEqual(['Immich', 'Paperless-ngx', 'PhotoPrism', 'Audiobookshelf', 'Zulip']);
  });
});
