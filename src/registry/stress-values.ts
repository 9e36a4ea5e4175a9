import type { VariableKind } from './variables';
import { SITE_VARIABLES } from './variables';

const longestDomain = [...Array.from({ length: 3 }, () => 'a'.repeat(63)), 'b'.repeat(61)].join('.');

/**
 * Values at the edges of what validation accepts, per kind: every copyable block must stay valid
 * in its language with each of them (see `npm run check`).
 */
export const STRESS_VALUES: Record<VariableKind, readonly string[]> = {
  domain: [longestDomain, 'xn--bcher-kva.example', '123.456.example', 'a-b.c-d.co.uk'],
  label: ['z'.repeat(63), 'xn--bcher-kva', '0', 'a-b'],
  host: ['fe80::1', '255.255.255.255', 'x'.repeat(63), 'authelia.internal.example'],
  port: ['65535', '1', '443', '80'],
  boolean: ['true', 'false', 'true', 'false'],
  slug: ['s'.repeat(128), 'a_b-c', '0', 'paperless-ngx'],
};

/** One set of values per column of STRESS_VALUES, each naming every variable. */
export function stressValueSets(): Record<string, string>[] {
  const columns = Math.max(...Object.values(STRESS_VALUES).map((values) => values.length));
  return Array.from({ length: columns }, (_, column) =>
    Object.fromEntries(SITE_VARIABLES.map((variable) => {
      const values = STRESS_VALUES[variable.kind];
      return [variable.name, values[column % values.length]!];
    })),
  );
}
