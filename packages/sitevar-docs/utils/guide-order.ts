interface Orderable {
  readonly data: { readonly title: string; readonly weight?: number | undefined };
}

/** Lower weight first, then title; a guide without a weight comes after those with one. */
export function compareGuides(a: Orderable, b: Orderable): number {
  const weightA = a.data.weight ?? Number.POSITIVE_INFINITY;
  const weightB = b.data.weight ?? Number.POSITIVE_INFINITY;
  if (weightA !== weightB) return weightA < weightB ? -1 : 1;
  return a.data.title.localeCompare(b.data.title, 'en');
}

/**
 * `size` consecutive items around `items[index]` (the first `size` when index is -1): long
 * lists show a window near the reader instead of every item.
 */
export function windowAround<T>(items: readonly T[], index: number, size: number): T[] {
  const start = index < 0 ? 0 : Math.max(0, Math.min(index - Math.floor(size / 2), items.length - size));
  return items.slice(start, start + size);
}

/**
 * Up to `limit` items nearest to `items[index]` in order (that item left out), in list order:
 * a guide's related list names its neighbours, not every guide of its provider.
 */
export function nearestInOrder<T>(items: readonly T[], index: number, limit: number): T[] {
  if (index < 0) return [];
  return windowAround(items, index, limit + 1).filter((_, offset, window) => window[offset] !== items[index]);
}
