import { guidesCollection } from 'sitevar-docs/content';

export const collections = { guides: guidesCollection() };
