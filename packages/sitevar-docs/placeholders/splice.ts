/** A stretch of a text to replace: `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Replaces each span (in order, not overlapping) by what `replace` returns for it, and reports
 * where each replacement landed in the result.
 */
export function splice<T extends Span>(text: string, spans: readonly T[], replace: (span: T) => string): { text: string; placed: Span[] } {
  let output = '';
  let cursor = 0;
  const placed: Span[] = [];
  for (const span of spans) {
    output += text.slice(cursor, span.start);
    const start = output.length;
    output += replace(span);
    placed.push({ start, end: output.length });
    cursor = span.end;
  }
  return { text: output + text.slice(cursor), placed };
}
