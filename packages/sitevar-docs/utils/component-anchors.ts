/** Heading ids that components put on a page, so links to them can be checked. */
export const COMPONENT_ANCHORS = {
  OidcCommon: ['before-you-begin'],
  SiteVarPreferences: ['prefs-heading'],
} as const satisfies Record<string, readonly string[]>;

/** The components a guide may use without importing them (the authoring contract). */
export const GUIDE_COMPONENTS = ['SiteVar', 'SiteVarPreferences', 'OidcCommon', 'Callout', 'Tabs', 'Tab'] as const;
