import variables from 'virtual:sitevar-docs/variables';
import { createRegistry } from '../registry';

/** The site's registry, built in the browser from the same definitions as the build's. */
export const registry = createRegistry(variables);
