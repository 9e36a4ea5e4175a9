import config from 'virtual:sitevar-docs/config';
import { createRegistry } from '../registry/index.ts';

/** The site's registry, for pages and components (built once per build). */
export const registry = createRegistry(config.variables);
