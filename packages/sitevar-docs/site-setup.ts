import { engineGuideComponents } from './content-checks/engine-components.ts';
import type { SiteVariable } from './registry/index.ts';
import type { SitevarDocsConfig } from './schemas/config.ts';
import type { UiStrings } from './schemas/ui.ts';

/**
 * What the build-side code (the Markdown pipeline, the content checks, their worker threads)
 * needs of the site's configuration: plain data, so it can cross into a thread as it is.
 */
export interface SiteSetup {
  readonly variables: readonly SiteVariable[];
  /** Where guides live in the URL, such as `/guides/`. */
  readonly guidesBase: string;
  readonly sections: readonly { readonly id: string; readonly label: string }[];
  /** Components a guide may use: name → heading ids it puts on the page. */
  readonly guideComponents: Readonly<Record<string, readonly string[]>>;
  readonly ui: UiStrings;
  /** The site lets guides run code (imports, expressions, any HTML): see the option's note. */
  readonly trustGuideCode: boolean;
  /** Every guide must have a sources file (`guides.requireSources`). */
  readonly requireSources: boolean;
  readonly markdown: { readonly languages: readonly Record<string, unknown>[]; readonly langAlias: Readonly<Record<string, string>> };
  /** URL paths of the files the site serves from its public folder (`/favicon.svg`), which no alias may take; known once Astro's config is. */
  readonly publicFiles?: readonly string[];
  /** URL paths of the site's own pages (`src/pages/`), which guides may link to; known once Astro's config is. */
  readonly ownPages?: readonly string[];
}

export function siteSetupOf(config: SitevarDocsConfig): SiteSetup {
  const siteComponents = Object.fromEntries(
    Object.entries(config.guideComponents).map(([name, component]) => [name, typeof component === 'string' ? [] : component.anchors]),
  );
  return {
    variables: config.variables,
    guidesBase: config.guides.base,
    sections: config.sections.map(({ id, label }) => ({ id, label })),
    guideComponents: { ...Object.fromEntries(engineGuideComponents.map(([name, component]) => [name, component.anchors])), ...siteComponents },
    ui: config.ui,
    trustGuideCode: config.trustGuideCode,
    requireSources: config.guides.requireSources,
    markdown: config.markdown,
  };
}
