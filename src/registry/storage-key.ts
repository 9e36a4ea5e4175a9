/** localStorage keys are this prefix plus the variable name. */
export const STORAGE_PREFIX = 'sitevar:';
