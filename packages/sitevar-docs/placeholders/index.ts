export { parsePlaceholders, lineAndColumn } from './parse';
export type { RawPlaceholder, SyntaxProblem } from './parse';
export { resolvePlaceholders, substitutePlaceholders, checkReference, withGuideDefaults } from './resolve';
export type { Placeholder, PlaceholderProblem, MarkedRange, GuideDefaults } from './resolve';
export { didYouMean } from './suggest';
export { renderWithValues } from './render';
export { usedVariableNames } from './used-variables';
export { splice } from './splice';
export type { Span } from './splice';
