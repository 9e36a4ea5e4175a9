import { defineCollection } from 'astro:content';
import config, { engineFingerprint, guidePartsDirectory, guidesDirectory } from 'virtual:sitevar-docs/config';
import { guidesLoader } from './integrations/guides-loader.ts';
import { createRegistry } from './registry/index.ts';
import { guideSchema } from './schemas/guide.ts';
import { siteSetupOf } from './site-setup.ts';

/**
 * The guides collection, for the site's `src/content.config.ts`:
 *
 *   import { guidesCollection } from 'sitevar-docs/content';
 *   export const collections = { guides: guidesCollection() };
 *
 * Guides are the MDX (`.mdx`) and plain Markdown (`.md`) files under the content directory's
 * `guides/` folder, with the front matter of the authoring contract checked against the site's
 * own variables, rendered as they are loaded (see `integrations/guides-loader.ts`).
 */
export function guidesCollection() {
  return defineCollection({
    loader: guidesLoader({ directory: guidesDirectory, partsDirectory: guidePartsDirectory, engine: engineFingerprint, site: siteSetupOf(config) }),
    schema: guideSchema(createRegistry(config.variables), config.ui),
  });
}
