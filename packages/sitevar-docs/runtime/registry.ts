import variables from 'virtual:sitevar-docs/variables';
import { createRegistry, type SiteVariable, type VariableScope } from '../registry';
import { readGuideContext, type GuideContext } from './guide-context';
import { readStoredValues, type StoredReading } from './stored-values';

/** The site's registry, built in the browser from the same definitions as the build's. */
export const registry = createRegistry(variables);

/** The guide this page shows, if any, its defaults checked against the registry. */
export const guideContext: GuideContext | undefined = readGuideContext(registry.get);

/**
 * The reader's saved values as the full check reads them: what the modules that load on first
 * use show and fill in (the before-paint core has its own patterns, `apply-stored.ts`).
 */
export function readCheckedValues(scope?: VariableScope): StoredReading['values'] {
  return readStoredValues<SiteVariable>(registry.variables, (variable, value) => registry.isCanonical(variable, value), guideContext, scope).values;
}

/** A secret is only ever shown with its own digest: one without the other is dropped. */
export function pairedCredentials(values: Readonly<Record<string, string>>): Record<string, string> {
  const paired = { ...values };
  for (const { secret, digest } of registry.pairs) {
    if (paired[secret] === undefined || paired[digest] === undefined) {
      delete paired[secret];
      delete paired[digest];
    }
  }
  return paired;
}
