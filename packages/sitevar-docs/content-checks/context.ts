import { createRegistry, type Registry } from '../registry/index.ts';
import { guideSchema } from '../schemas/guide.ts';
import type { SiteSetup } from '../site-setup.ts';

/** What every check of one site needs, built once per thread from the site's setup. */
export interface CheckContext {
  readonly site: SiteSetup;
  readonly registry: Registry;
  readonly schema: ReturnType<typeof guideSchema>;
}

export function checkContext(site: SiteSetup): CheckContext {
  const registry = createRegistry(site.variables);
  return { site, registry, schema: guideSchema(registry, site.ui) };
}
