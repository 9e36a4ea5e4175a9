export type { RawPlaceholder, SyntaxProblem } from './parse.ts';
export { lineAndColumn, parsePlaceholders } from './parse.ts';
export { renderWithValues } from './render.ts';
export type { GuideDefaults, MarkedRange, Placeholder, PlaceholderProblem } from './resolve.ts';
export { checkReference, resolvePlaceholders, substitutePlaceholders, withGuideDefaults } from './resolve.ts';
export type { Span } from './splice.ts';
export { splice } from './splice.ts';
export { didYouMean } from './suggest.ts';
export { usedVariableNames } from './used-variables.ts';
