/**
 * Work spread over worker threads and put back in order: every n-th item to each share (neighbours
 * tend to be alike in size, so shares come out even), and the results in the items' order.
 */
export async function inShares<T, R>(items: readonly T[], count: number, run: (share: T[]) => Promise<R[]>): Promise<R[]> {
  const shares = Array.from({ length: count }, (_, share) => items.filter((_, index) => index % count === share));
  const results = await Promise.all(shares.map(run));
  return items.map((_, index) => results[index % count]![Math.floor(index / count)]!);
}

/** Results kept from before, with the fresh ones (for the gaps, in order) filling the gaps. */
export function filledIn<R>(kept: readonly (R | undefined)[], fresh: readonly R[]): R[] {
  let next = 0;
  return kept.map((result) => result ?? fresh[next++]!);
}
