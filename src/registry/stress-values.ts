import type { VariableKind } from './variables';
import { EXAMPLE_SECRET_DIGEST, SITE_VARIABLES } from './variables';

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
  'client-id': ['~'.repeat(100), 'a', '0.9a', 'A-z_~.0'],
  'client-secret': ['~'.repeat(255), '1234567x', 'a.b_c-d~', 'Zz'.repeat(36)],
  'pbkdf2-digest': [EXAMPLE_SECRET_DIGEST, `$pbkdf2-sha512$1000000$${'/'.repeat(22)}$${'.'.repeat(86)}`, EXAMPLE_SECRET_DIGEST, EXAMPLE_SECRET_DIGEST],
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
