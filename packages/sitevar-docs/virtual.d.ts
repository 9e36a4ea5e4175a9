// The modules the integration generates from the site's configuration (integrations/virtual-modules.ts).

declare module 'virtual:sitevar-docs/config' {
  const config: import('./schemas/config').SitevarDocsConfig;
  export default config;
  /** Absolute path of the folder holding the guides. */
  export const guidesDirectory: string;
  export const guidePartsDirectory: string;
  export const engineFingerprint: string;
}

declare module 'virtual:sitevar-docs/last-updated' {
  /** Each guide file's latest commit date (ISO 8601), by path relative to the project. */
  const dates: Readonly<Record<string, string>>;
  export default dates;
}

declare module 'virtual:sitevar-docs/variables' {
  const variables: readonly import('./registry').SiteVariable[];
  export default variables;
}

/** The before-paint core's share of each variable (the inline core only). */
declare module 'virtual:sitevar-docs/core-variables' {
  const variables: readonly import('./registry/core-acceptance').CoreVariable[];
  export default variables;
}

// The strings browser scripts show, an area each (schemas/ui.ts, RUNTIME_UI_DEFAULTS): every
// string is named once, there, and imported by name where it is shown.
declare module 'virtual:sitevar-docs/ui/marks' {
  const strings: import('./schemas/ui').RuntimeUiStrings<'marks'>;
  export = strings;
}

declare module 'virtual:sitevar-docs/ui/search' {
  const strings: import('./schemas/ui').RuntimeUiStrings<'search'>;
  export = strings;
}

declare module 'virtual:sitevar-docs/ui/form' {
  const strings: import('./schemas/ui').RuntimeUiStrings<'form'>;
  export = strings;
}

declare module 'virtual:sitevar-docs/ui/copy' {
  const strings: import('./schemas/ui').RuntimeUiStrings<'copy'>;
  export = strings;
}

declare module 'virtual:sitevar-docs/custom-css' {}

declare module 'virtual:sitevar-docs/guide-components' {
  const components: Record<string, (props: Record<string, unknown>) => unknown>;
  export = components;
}

declare module 'virtual:sitevar-docs/components/*' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}

declare module 'virtual:sitevar-docs/page-modules' {
  /** The URL of each module the inline core loads when the page needs it (`integrations/page-modules.ts`). */
  export const pageModules: () => Record<import('./runtime/page-loader').PageModuleName, string>;
}

declare module 'virtual:sitevar-docs/inline-core' {
  /**
   * The inline core, in <head>: shows the theme at once, and the reader's saved values and choices
   * when the parser reaches `<sitevar-page-end>` at the end of <body>, before first paint.
   */
  export const core: string;
}

declare namespace App {
  interface Locals {
    /** On a guide page: the variables it uses, so its own form lists only those. */
    usedVariables?: ReadonlySet<string>;
    /** On a guide page: its defaults for its own variables. */
    guideDefaults?: Readonly<Record<string, string>>;
    /** On a guide page: the section it is in. */
    guideSection?: string;
    /** The tab sets of the page so far, by the prefix of their ids: two alike still get ids of their own. */
    tabSetPrefixes?: Map<string, number>;
  }
}

declare module 'punycode/punycode.es6.js' {
  /** RFC 3492 decoding of the part of a label after `xn--`; throws on invalid input. */
  export function decode(input: string): string;
  export function encode(input: string): string;
}
