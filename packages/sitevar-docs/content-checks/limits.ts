/**
 * The bounds a guide must stay within, whether or not the site trusts its authors with code.
 *
 * Guides are hostile input (anyone may send one in a pull request), and the Markdown parser and
 * the build take time that grows faster than the input with some constructs (unmatched emphasis
 * and brackets, deep nesting, long runs of backticks…). These bounds keep the check of the worst
 * guide to a couple of seconds, and are each far beyond what a real guide holds (the largest
 * real guides have under 300 lines, a few hundred markup characters, and code blocks of a few
 * hundred lines). Each is enforced with a message that names it and says how to fix the guide.
 */

/** Lines in one guide, code included: the largest real guides have a few hundred. */
export const MAX_GUIDE_LINES = 10_000;

/**
 * Characters in one line outside fenced code (prose, front matter, fence lines): real lines are
 * under 600. A longer line is mostly a paragraph that could have line breaks.
 */
export const MAX_LINE_CHARACTERS = 2_000;

/** Characters in one line of a fenced code block: long enough for any key, digest or certificate line. */
export const MAX_CODE_LINE_CHARACTERS = 10_000;

/**
 * Characters of a line of code that the build colours (Shiki's `tokenizeMaxLineLength`): a longer
 * line is shown uncoloured. Grammars take time that grows faster than the line (a Python line of
 * 10,000 characters takes a quarter of a second); real lines of code are under 600 characters.
 */
export const MAX_HIGHLIGHTED_LINE_CHARACTERS = 1_000;

/** Lines in one fenced code block: the largest real ones (Authelia configurations) have a few hundred. */
export const MAX_CODE_BLOCK_LINES = 5_000;

/**
 * Line ranges (such as `2-4`) in one key of a fence's meta (`{…}`, `mark`, `ins`, `del`,
 * `hl_lines`): a block marks a few stretches, not thousands.
 */
export const MAX_LINE_RANGES = 100;

/**
 * How deep lists, block quotes, elements (JSX and HTML), emphasis and links may nest in one
 * another: real guides nest three or four levels. Deeper nesting costs the parser time that grows
 * with the square of the depth, and the tree walks of the checks and the build stack space.
 */
export const MAX_NESTING_DEPTH = 32;

/**
 * Lines in lists and block quotes, each counted once for every level it is in (a line of a list in
 * a block quote counts twice): the parser checks every open level again on each line, at a cost
 * the depth alone does not bound. Real guides have a few hundred.
 */
export const MAX_NESTED_LINES = 20_000;

/**
 * Markup characters (see `MARKUP_CHARACTERS`) in one paragraph, outside code: the parser pairs
 * openers and closers (emphasis, links, code spans) by looking back over the paragraph, so its
 * time grows with the square of their number (2,000 mismatched ones take about 0.2 s, 5,000 about
 * 0.75 s, 20,000 over 10 s). Real paragraphs have under 100; a reference table of 100 rows, with
 * code and a link in each, about 1,500.
 */
export const MAX_PARAGRAPH_MARKUP = 2_000;

/** Markup characters in the whole guide, outside code: real guides have under 400. */
export const MAX_GUIDE_MARKUP = 20_000;

/**
 * The characters that start or end inline constructs (emphasis, strikethrough, links and images,
 * code spans, elements, expressions, escapes, character references, e-mail autolinks) or table
 * cells, as `MAX_PARAGRAPH_MARKUP` and `MAX_GUIDE_MARKUP` count them.
 */
export const MARKUP_CHARACTERS = '*_~[]()!`<{}|\\&@';

/**
 * Characters the check of YAML, JSON, TOML and env blocks parses for one guide: each block once
 * for every set of test values that changes it (five at most). Real guides come to under 100,000.
 */
export const MAX_VALIDATED_CHARACTERS = 1_000_000;

/** Characters of the front matter: real front matter has a few hundred. */
export const MAX_FRONT_MATTER_CHARACTERS = 10_000;

/** Aliases (old addresses that redirect) in one guide's front matter: real guides have one or two. */
export const MAX_ALIASES = 50;

/** Characters of one alias: real ones have under 60. Each segment becomes a folder of the site. */
export const MAX_ALIAS_CHARACTERS = 200;

/** Segments (folders) of one alias: real ones have three or four. */
export const MAX_ALIAS_SEGMENTS = 12;

/** A number as the messages write it: 10,000. */
export function formatLimit(limit: number): string {
  return limit.toLocaleString('en-US');
}
