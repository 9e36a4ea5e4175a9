/**
 * The folder holding `guides/`. Tests point it at fixture folders; everyone else uses `content`.
 */
export const CONTENT_DIRECTORY = process.env.SITEVAR_CONTENT_DIR ?? 'content';
