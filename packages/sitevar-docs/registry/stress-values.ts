import type { SiteVariable } from './definitions.ts';
import type { Registry } from './index.ts';

const longestDomain = [...Array.from({ length: 3 }, () => 'a'.repeat(63)), 'b'.repeat(61)].join('.');

/** Repeats `unit` to exactly `length` characters. */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * Values at the edges of what validation accepts for a variable: every copyable block must stay
 * valid in its language with each of them (see `npm run check`). Derived variables have none of
 * their own: they follow the values they are computed from.
 */
export function stressValues(variable: SiteVariable): readonly string[] {
  switch (variable.kind) {
    case 'domain':
      return [longestDomain, 'xn--bcher-kva.example', '123.456.example', 'a-b.c-d.co.uk'];
    case 'label':
      return ['z'.repeat(63), 'xn--bcher-kva', '0', 'a-b'];
    case 'host':
      return ['fe80::1', '255.255.255.255', 'x'.repeat(63), 'authelia.internal.example'];
    case 'port':
      return ['65535', '1', '443', '80'];
    case 'boolean':
      return ['true', 'false'];
    case 'select':
      return variable.options.map((option) => option.value);
    case 'pattern':
      return [variable.default];
    case 'token':
    case 'secret':
      return [
        fill('~', variable.maxLength),
        fill('a', variable.minLength),
        fill('0.9a', Math.max(variable.minLength, 4)),
        fill('A-z_~.0', Math.min(variable.maxLength, Math.max(variable.minLength, 72))),
      ];
    case 'digest':
      return [variable.default, `$pbkdf2-sha512$${variable.maxIterations}$${'/'.repeat(22)}$${'.'.repeat(86)}`];
    case 'computed':
      return [];
  }
}

/** Sets of values, each naming every stored variable: column by column of their stress values. */
export function stressValueSets(registry: Registry): Record<string, string>[] {
  const lists = registry.variables.filter((variable) => variable.kind !== 'computed').map((variable) => [variable.name, stressValues(variable)] as const);
  const columns = Math.max(1, ...lists.map(([, values]) => values.length));
  return Array.from({ length: columns }, (_, column) =>
    Object.fromEntries(lists.filter(([, values]) => values.length > 0).map(([name, values]) => [name, values[column % values.length]!])),
  );
}
