import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIRECTORY } from './lib/content-directory';
import { guideSchema } from './lib/guide-schema';

/** Guides live outside src/ so authors see content, not code, at the top of the repo. */
const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: path.resolve(CONTENT_DIRECTORY, 'guides') }),
  schema: guideSchema,
});

export const collections = { guides };
