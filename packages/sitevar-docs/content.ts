import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import config, { guidesDirectory } from 'virtual:sitevar-docs/config';
import { createRegistry } from './registry';
import { guideSchema } from './schemas/guide';

/**
 * The guides collection, for the site's `src/content.config.ts`:
 *
 *   import { guidesCollection } from 'sitevar-docs/content';
 *   export const collections = { guides: guidesCollection() };
 *
 * Guides are the MDX files under the content directory's `guides/` folder, with the front matter
 * of the authoring contract checked against the site's own variables.
 */
export function guidesCollection() {
  return defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: guidesDirectory }),
    schema: guideSchema(createRegistry(config.variables), config.ui),
  });
}
