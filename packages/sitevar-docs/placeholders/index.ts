export type { RawPlaceholder, SyntaxProblem } from './parse';
export { lineAndColumn, parsePlaceholders } from './parse';
export { renderWithValues } from './render';
export type { GuideDefaults, MarkedRange, Placeholder, PlaceholderProblem } from './resolve';
export { checkReference, resolvePlaceholders, substitutePlaceholders, withGuideDefaults } from './resolve';
export type { Span } from './splice';
export { splice } from './splice';
export { didYouMean } from './suggest';
export { usedVariableNames } from './used-variables';
