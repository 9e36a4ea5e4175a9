/**
 * A search result's excerpt, made readable in a narrow panel: Pagefind gives escaped text with
 * its matches in `<mark>`; this keeps the first match near the start (context before it is cut at
 * a word, with an ellipsis), shortens long words such as digests that hold no match, and says
 * whether the match is code (an identifier, a key, a URL), which the panel shows as code on one
 * line. Pure, so the browser only turns the parts into text nodes.
 */
export interface ExcerptPart {
  readonly text: string;
  readonly match?: true;
}

export interface Excerpt {
  readonly parts: readonly ExcerptPart[];
  readonly code: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities of escaped text; an unknown one stays as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Pagefind's excerpt as parts: decoded text, and the matches it marked. */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(part);
      return marked ? { text: decodeEntities(marked[1]!), match: true as const } : { text: decodeEntities(part) };
    });
}

/**
 * Words that are code: snake_case, NAME=value, a template, a path or URL, camelCase. A word and a
 * colon is not enough: "public:" is YAML, "The redirect:" is prose.
 */
const CODE_WORD = /[_$={}]|\w[./:]\w|[a-z][A-Z]/;

/** Whether a match sits in code, judged from the matched words and the word around each. */
function isCode(parts: readonly ExcerptPart[]): boolean {
  return parts.some((part, index) => {
    if (!part.match) return false;
    const before = parts[index - 1]?.text.match(/\S*$/)?.[0] ?? '';
    const after = parts[index + 1]?.text.match(/^\S*/)?.[0] ?? '';
    return CODE_WORD.test(`${before}${part.text}${after}`);
  });
}

/**
 * A long word that says nothing to a reader: a digest or a generated token (a `$`, or no
 * separator at all). URLs, paths and identifiers stay whole: they are what the reader looks for.
 */
const isNoise = (word: string, longWord: number) => word.length > longWord && (word.includes('$') || !/[/._-]/.test(word));
const shorten = (word: string, longWord: number) => (isNoise(word, longWord) ? `${word.slice(0, Math.ceil(longWord / 2))}…` : word);

/**
 * Shapes an excerpt: at most `lead` characters before the first match (`codeLead` for code, which
 * stays on one line of a narrow panel), and long words that say nothing (a digest) shortened.
 */
export function focusExcerpt(excerpt: string, { lead = 28, codeLead = 14, longWord = 24 } = {}): Excerpt {
  const parts = parseExcerpt(excerpt).map((part) => (part.match ? part : { text: part.text.replace(/\S+/g, (word) => shorten(word, longWord)) }));
  const code = isCode(parts);
  const keep = code ? codeLead : lead;
  const first = parts.findIndex((part) => part.match);
  if (first > 0) {
    const before = parts[first - 1]!.text;
    if (before.length > keep) {
      // Keep whole words, up to `keep` characters, right before the match.
      const kept = before.slice(before.length - keep);
      const cut = /^\S*\s/.test(kept) ? kept.replace(/^\S*\s/, '') : kept;
      parts.splice(0, first, { text: `…${cut}` });
    }
  }
  return { parts, code };
}
