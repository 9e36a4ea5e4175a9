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
