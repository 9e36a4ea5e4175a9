import { transformerStyleToClass } from '@shikijs/transformers';
import type { ShikiTransformer } from 'shiki';
import githubDark from 'shiki/themes/github-dark-high-contrast.mjs';
import githubLight from 'shiki/themes/github-light-high-contrast.mjs';
import { MAX_HIGHLIGHTED_LINE_CHARACTERS } from '../content-checks/limits.ts';
import { createRegistry } from '../registry/index.ts';
import type { SiteSetup } from '../site-setup.ts';
import { CODE_COLOR_PREFIX, rehypeCodeColorClasses } from './code-color-rules.ts';
import { onePassThemes } from './one-pass-themes.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeStaticCode } from './rehype-static-code.ts';
import { remarkGuideLinks } from './remark-guide-links.ts';
import { remarkSitevar } from './remark-sitevar.ts';
import { transformerSitevar } from './shiki-sitevar.ts';

/**
 * Lines longer than `MAX_HIGHLIGHTED_LINE_CHARACTERS` are shown uncoloured: a guide is hostile
 * input, and a grammar's time grows faster than the line. Set through the options every
 * highlighter (Astro's, the guide renderer's) hands its transformers before tokenising.
 */
const boundedLines: ShikiTransformer = {
  name: 'sitevar-docs:bounded-lines',
  preprocess(_code, options) {
    Object.assign(options, { tokenizeMaxLineLength: MAX_HIGHLIGHTED_LINE_CHARACTERS });
  },
};

/**
 * The guides' Markdown pipeline in one place, built from the site's setup: the integration and
 * the MDX worker threads both build their processor from here, so a plugin added here runs
 * everywhere and the output is the same.
 */
export function markdownPipeline(setup: SiteSetup) {
  const registry = createRegistry(setup.variables);
  // GitHub's high-contrast themes: every token, comments included, meets WCAG AA contrast. Their
  // colours are variables both, chosen by CSS light-dark(); one tokenisation gives both.
  const themes = onePassThemes(githubLight, githubDark);
  // A grammar the site adds is labelled with its own display name (a Caddyfile, not "CADDYFILE").
  const languageLabels = Object.fromEntries(
    setup.markdown.languages.flatMap((grammar) => {
      const label = typeof grammar['displayName'] === 'string' ? grammar['displayName'] : undefined;
      const names = [grammar['name'], ...(Array.isArray(grammar['aliases']) ? grammar['aliases'] : [])].filter(
        (name): name is string => typeof name === 'string',
      );
      return label ? names.map((name) => [name, label]) : [];
    }),
  );
  const words = { copy: setup.ui.copy, excerpt: setup.ui.excerpt, excerptNote: setup.ui.excerptNote, languageLabels };
  return {
    registry,
    remarkPlugins: [
      [remarkSitevar, { registry, trustGuideCode: setup.trustGuideCode, components: Object.keys(setup.guideComponents) }],
      remarkGuideLinks,
    ] as never[],
    rehypePlugins: [[rehypeHeadingAnchors, { label: setup.ui.headingLink }], rehypeCodeColorClasses, rehypeStaticCode] as never[],
    /**
     * Shiki transformers, made fresh per processor: the style-to-class transformer remembers
     * every token colour it turned into a class, and `getCSS()` writes them as a stylesheet.
     */
    codeTransformers() {
      // Token colours become classes (no style attributes), so a strict CSP keeps code coloured.
      const styleToClass = transformerStyleToClass({ classPrefix: CODE_COLOR_PREFIX });
      return { styleToClass, transformers: [boundedLines, themes.transformer, transformerSitevar({ registry, words }), styleToClass] };
    },
    /** How code is highlighted, apart from the transformers (made per processor, above). */
    highlighting: {
      theme: themes.theme,
      langs: [...setup.markdown.languages],
      langAlias: { env: 'dotenv', ...setup.markdown.langAlias },
    },
  };
}
