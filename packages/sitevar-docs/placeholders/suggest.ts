/** Levenshtein distance, small inputs only (variable names). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate, if it is close enough to be the likely intent. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const tolerance = Math.max(2, Math.floor(input.length / 3));
  for (const candidate of candidates) {
    // The distance is at least the difference in length: a name far longer (from a hostile
    // guide) is no typo of a candidate, and costs its length times the candidate's to measure.
    if (Math.abs(input.length - candidate.length) > tolerance) continue;
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= tolerance) return best;
  return candidates.find((candidate) => candidate.includes(input) || input.includes(candidate));
}
