import { FORMATS, type Format, isFormat, type Registry } from '../registry/index.ts';
import { parsePlaceholders, type RawPlaceholder } from './parse.ts';
import { splice } from './splice.ts';
import { didYouMean } from './suggest.ts';

/** A placeholder whose name and format exist in the registry. */
export interface Placeholder {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly format: Format | undefined;
  /** What the page shows before (or without) the browser runtime. */
  readonly fallback: string;
}

export interface PlaceholderProblem {
  readonly offset: number;
  readonly message: string;
}

export interface Resolved {
  readonly placeholders: Placeholder[];
  readonly problems: PlaceholderProblem[];
}

function withSuggestion(message: string, input: string, candidates: readonly string[]): string {
  const suggestion = didYouMean(input, candidates);
  return suggestion ? `${message} Did you mean "${suggestion}"?` : message;
}

/** Checks a name/format/nojs triple against the registry; shared by code placeholders and <SiteVar>. */
export function checkReference(
  attributes: {
    name?: string | undefined;
    format?: string | undefined;
    nojs?: string | undefined;
  },
  registry: Registry,
): { problem: string; field: 'name' | 'format' | 'nojs' } | undefined {
  const { name, format, nojs } = attributes;
  if (name === undefined || name === '') return { problem: 'A site variable needs a name.', field: 'name' };
  const variable = registry.get(name);
  if (!variable) {
    const variableNames = registry.variables.map((known) => known.name);
    const known = `Known variables: ${variableNames.join(', ')}.`;
    return { problem: `${withSuggestion(`Unknown site variable "${name}".`, name, variableNames)} ${known}`, field: 'name' };
  }
  if (format !== undefined) {
    if (!isFormat(format)) {
      return { problem: withSuggestion(`Unknown format "${format}": use ${FORMATS.join(' or ')}.`, format, FORMATS), field: 'format' };
    }
    if (!variable.formats.includes(format)) {
      const allowed = variable.formats.length ? variable.formats.join(' or ') : 'no format';
      return { problem: `The format "${format}" does not apply to "${name}" (it takes ${allowed}).`, field: 'format' };
    }
  }
  if (nojs !== undefined && nojs === '') return { problem: 'nojs must not be empty: leave it out to show the default.', field: 'nojs' };
  if (nojs !== undefined && /[\r\n]/.test(nojs)) return { problem: 'nojs must fit on one line.', field: 'nojs' };
  return undefined;
}

/** Defaults a guide sets for its own variables (front matter `sitevars`), by name. */
export type GuideDefaults = Readonly<Record<string, string>>;

function resolveOne(raw: RawPlaceholder, registry: Registry, guideDefaults: GuideDefaults): Placeholder | PlaceholderProblem {
  const { attributes, attributeOffsets } = raw;
  const check = checkReference(attributes, registry);
  if (check) return { offset: attributeOffsets[check.field] ?? raw.start, message: check.problem };
  const variable = registry.get(attributes.name!)!;
  const format = attributes.format as Format | undefined;
  return {
    start: raw.start,
    end: raw.end,
    name: variable.name,
    format,
    fallback: attributes.nojs ?? registry.textOf(variable, {}, guideDefaults, format),
  };
}

/** Parses and checks every placeholder in a text. */
export function resolvePlaceholders(text: string, registry: Registry, guideDefaults: GuideDefaults = {}): Resolved & { raw: readonly RawPlaceholder[] } {
  const parsed = parsePlaceholders(text);
  const placeholders: Placeholder[] = [];
  const problems: PlaceholderProblem[] = [...parsed.problems];
  for (const raw of parsed.placeholders) {
    const result = resolveOne(raw, registry, guideDefaults);
    if ('name' in result) placeholders.push(result);
    else problems.push(result);
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { placeholders, problems, raw: parsed.placeholders };
}

/** A placeholder's place in the text after substitution. */
export interface MarkedRange {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly format: Format | undefined;
}

/**
 * Replaces each placeholder by its fallback text and reports where that text landed, so
 * highlighting runs on the plain text and the ranges can be marked afterwards.
 */
export function substitutePlaceholders(text: string, placeholders: readonly Placeholder[]): { text: string; ranges: MarkedRange[] } {
  const result = splice(text, placeholders, (placeholder) => placeholder.fallback);
  return {
    text: result.text,
    ranges: result.placed.map((span, index) => ({ ...span, name: placeholders[index]!.name, format: placeholders[index]!.format })),
  };
}

/**
 * Writes a guide's own defaults into its placeholders as `nojs`, so code highlighted without
 * knowing the guide (Shiki) still shows that guide's values.
 */
export function withGuideDefaults(text: string, guideDefaults: GuideDefaults, registry: Registry): string {
  if (Object.keys(guideDefaults).length === 0) return text;
  const { placeholders, raw } = resolvePlaceholders(text, registry, guideDefaults);
  const sources = new Map(raw.map((candidate) => [candidate.start, candidate]));
  const rewritten = placeholders.filter(
    (placeholder) => sources.get(placeholder.start)?.attributes.nojs === undefined && guideDefaults[placeholder.name] !== undefined,
  );
  return splice(
    text,
    rewritten,
    (placeholder) => `${withoutTrailingSpaces(text.slice(placeholder.start, placeholder.end - 3))} nojs="${placeholder.fallback}" >}}`,
  ).text;
}

/** A text without its trailing spaces and tabs (by hand: a pattern anchored at the end looks at a run of them once for each). */
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}
