/**
 * Finds Hugo-style sitevar placeholders in a piece of text:
 *   {{< sitevar name="domain" nojs="example.com" format="regex" >}}
 * Pure syntax only; whether the name and format exist is `resolve.ts`'s job.
 */

export interface RawPlaceholder {
  /** Offset of `{{<` in the text. */
  readonly start: number;
  /** Offset just past `>}}`. */
  readonly end: number;
  readonly attributes: Readonly<Record<string, string>>;
  /** Offset of each attribute's name, for precise error columns. */
  readonly attributeOffsets: Readonly<Record<string, number>>;
}

export interface SyntaxProblem {
  readonly offset: number;
  readonly message: string;
}

export interface ParseResult {
  readonly placeholders: RawPlaceholder[];
  readonly problems: SyntaxProblem[];
}

const OPEN = '{{<';
const CLOSE = '>}}';
const KNOWN_ATTRIBUTES = ['name', 'nojs', 'format'];

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

export function parsePlaceholders(text: string): ParseResult {
  const placeholders: RawPlaceholder[] = [];
  const problems: SyntaxProblem[] = [];
  let searchFrom = 0;

  while (true) {
    const start = text.indexOf(OPEN, searchFrom);
    if (start === -1) break;
    const outcome = parseOne(text, start);
    if ('problem' in outcome) {
      problems.push(outcome.problem);
      searchFrom = start + OPEN.length;
    } else {
      placeholders.push(outcome.placeholder);
      searchFrom = outcome.placeholder.end;
    }
  }
  return { placeholders, problems };
}

type Outcome = { placeholder: RawPlaceholder } | { problem: SyntaxProblem };

function parseOne(text: string, start: number): Outcome {
  const problem = (offset: number, message: string): Outcome => ({ problem: { offset, message } });
  let at = start + OPEN.length;
  const skipSpaces = () => {
    while (isSpace(text[at])) at++;
  };

  skipSpaces();
  const nameMatch = /^[A-Za-z][\w-]*/.exec(text.slice(at, at + 64));
  if (nameMatch?.[0] !== 'sitevar') {
    const found = nameMatch ? `"${nameMatch[0]}"` : 'nothing';
    return problem(at, `Expected "sitevar" after "{{<" but found ${found}. Write {{< sitevar name="domain" >}}.`);
  }
  at += nameMatch[0].length;

  const attributes: Record<string, string> = {};
  const attributeOffsets: Record<string, number> = {};
  while (true) {
    const before = at;
    skipSpaces();
    if (text.startsWith(CLOSE, at)) {
      at += CLOSE.length;
      break;
    }
    if (at >= text.length || text[at] === '\n') {
      return problem(start, 'This placeholder is never closed: add ">}}" on the same line.');
    }
    if (at === before) {
      return problem(at, 'Separate the placeholder\'s attributes with spaces, as in name="domain" nojs="example.com".');
    }
    const attrMatch = /^([A-Za-z][\w-]*)[ \t]*=[ \t]*/.exec(text.slice(at, at + 80));
    if (!attrMatch) {
      return problem(at, 'Expected an attribute such as name="domain" here.');
    }
    const attrName = attrMatch[1]!;
    const attrOffset = at;
    at += attrMatch[0].length;
    if (text[at] !== '"') {
      const hint = text[at] === "'" ? 'double quotes, not single quotes' : 'double quotes';
      return problem(at, `The value of ${attrName} must be in ${hint}: ${attrName}="…".`);
    }
    const valueEnd = text.indexOf('"', at + 1);
    const lineEnd = text.indexOf('\n', at + 1);
    if (valueEnd === -1 || (lineEnd !== -1 && lineEnd < valueEnd)) {
      return problem(at, `The value of ${attrName} has no closing double quote.`);
    }
    if (!KNOWN_ATTRIBUTES.includes(attrName)) {
      return problem(attrOffset, `Unknown attribute "${attrName}": a sitevar placeholder takes name, nojs and format.`);
    }
    if (attrName in attributes) {
      return problem(attrOffset, `The attribute "${attrName}" is given twice.`);
    }
    attributes[attrName] = text.slice(at + 1, valueEnd);
    attributeOffsets[attrName] = attrOffset;
    at = valueEnd + 1;
  }

  if (attributes.name === undefined) {
    return problem(start, 'This placeholder has no name: write {{< sitevar name="domain" >}}.');
  }
  return { placeholder: { start, end: at, attributes, attributeOffsets } };
}

/** 1-based line and column of an offset, as editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
