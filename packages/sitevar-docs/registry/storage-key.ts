/** localStorage keys of site-wide values: this prefix plus the variable name. */
export const STORAGE_PREFIX = 'sitevar:';
/** localStorage keys of one guide's values: prefix, guide id, colon, name. */
export const GUIDE_STORAGE_PREFIX = 'sitevar-guide:';
/** sessionStorage keys of one guide's credentials: prefix, guide id, colon, name. */
export const SESSION_STORAGE_PREFIX = 'sitevar-session:';

export function guideStoragePrefix(guideId: string): string {
  return `${GUIDE_STORAGE_PREFIX}${guideId}:`;
}

export function sessionStoragePrefix(guideId: string): string {
  return `${SESSION_STORAGE_PREFIX}${guideId}:`;
}
