/**
 * What a query means before and after Pagefind answers it. Pure, so it is tested without a page.
 *
 * Pagefind, finding no word a query term starts, falls back to the longest indexed word the term
 * starts with: "acme" finds every "a". Such a match says nothing about the page, so a hit counts
 * only when its word shares most of a term (a stem: "guides" finds "guide") or holds it whole
 * (a compound: "secret" finds "client_secret").
 */

import { escapeRegExp } from '../registry/formats.ts';

/** The words of a query, as Pagefind reads them: lower case, split at spaces and punctuation. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((term) => term.length > 0);
}

const commonPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
};

/** Whether a word of the page (as it stands in the text) is a real hit for one of the terms. */
export function isRealHit(word: string, terms: readonly string[]): boolean {
  const plain = word.toLowerCase().replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, '');
  return terms.some((term) => plain.includes(term) || commonPrefix(plain, term) >= Math.max(3, Math.ceil(term.length * 0.6)));
}

/** A value of the reader's shown on the pages in place of the example the index holds. */
export interface OwnValue {
  readonly label: string;
  readonly value: string;
  readonly example: string;
}

/**
 * The query as the index can answer it: the pages were indexed with the example values, so a
 * reader's own value (or a part of it) searched for is looked up as its example. Returns the
 * query to run and the labels of the values it stood for.
 */
export function withExampleValues(query: string, own: readonly OwnValue[]): { query: string; labels: string[] } {
  let rewritten = query.trim().toLowerCase();
  const labels: string[] = [];
  // Longest first: a domain inside a URL goes before the subdomain in front of it.
  for (const { label, value, example } of [...own].sort((a, b) => b.value.length - a.value.length)) {
    const mine = value.toLowerCase();
    if (mine.length < 3 || mine === example.toLowerCase() || rewritten.length < 3) continue;
    const whole = new RegExp(`(^|[^\\p{L}\\p{N}-])${escapeRegExp(mine)}(?=$|[^\\p{L}\\p{N}-])`, 'gu');
    if (whole.test(rewritten)) {
      rewritten = rewritten.replace(whole, (_match, before: string) => `${before}${example}`);
      labels.push(label);
    } else if (mine.includes(rewritten)) {
      // Part of the value ("acme-corp" of acme-corp.co.uk): where the value appears is the answer.
      rewritten = example;
      labels.push(label);
    }
  }
  return { query: rewritten, labels };
}
