import { transformerStyleToClass } from '@shikijs/transformers';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';
import { rehypeStaticCode } from './rehype-static-code';
import { remarkSitevar } from './remark-sitevar';
import { transformerSitevar } from './shiki-sitevar';

/**
 * The guides' Markdown pipeline in one place: the Astro config and the MDX worker threads both
 * build their processor from here, so a plugin added here runs everywhere.
 */
export const remarkPlugins = [remarkSitevar];
export const rehypePlugins = [rehypeHeadingAnchors, rehypeStaticCode];

/**
 * Shiki transformers, made fresh per processor: the style-to-class transformer remembers every
 * token colour it turned into a class, and `getCSS()` writes them as the code colours' stylesheet.
 */
export function codeTransformers() {
  // Token colours become classes (no style attributes), so a strict CSP keeps code coloured.
  const styleToClass = transformerStyleToClass({ classPrefix: 'c-' });
  return { styleToClass, transformers: [transformerSitevar(), styleToClass] };
}

/** How code is highlighted, apart from the transformers (made per processor, above). */
export const highlighting = {
  // GitHub's high-contrast themes: every token, comments included, meets WCAG AA contrast.
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  // No default: both themes' colours are variables, chosen by CSS light-dark().
  defaultColor: false,
  langAlias: { env: 'dotenv' },
} as const;
