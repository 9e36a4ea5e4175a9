export { parsePlaceholders, lineAndColumn } from './parse';
export type { RawPlaceholder, SyntaxProblem } from './parse';
export { resolvePlaceholders, substitutePlaceholders, checkReference } from './resolve';
export type { Placeholder, PlaceholderProblem, MarkedRange } from './resolve';
export { didYouMean } from './suggest';
export { renderWithValues } from './render';
