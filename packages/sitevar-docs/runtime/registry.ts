import variables from 'virtual:sitevar-docs/variables';
import { createRegistry, type SiteVariable } from '../registry/index.ts';
import { type GuideContext, readGuideContext } from './guide-context.ts';
import { readStoredValues } from './stored-values.ts';

/** The site's registry, built in the browser from the same definitions as the build's. */
export const registry = createRegistry(variables);

/** The guide this page shows, if any. */
export const guideContext: GuideContext | undefined = readGuideContext(document.documentElement);

const credentialVariables = registry.variables.filter((variable) => variable.scope === 'credentials');

/**
 * This guide's stored credentials as the full check reads them, for the form's store (the
 * before-paint core reads with its own patterns, `core.ts`): a pair only once checked.
 */
export function readCheckedCredentials(): Record<string, string> {
  return readStoredValues<SiteVariable>(credentialVariables, (variable, value) => registry.isCanonical(variable, value), guideContext).values;
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
