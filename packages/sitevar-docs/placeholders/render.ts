import type { Registry } from '../registry/index.ts';
import { resolvePlaceholders } from './resolve.ts';
import { splice } from './splice.ts';

/**
 * The text of a block as a reader with these values would see it: each placeholder replaced by
 * the value (or the default) in its format. Used to prove blocks valid for any accepted value.
 */
export function renderWithValues(text: string, values: Readonly<Record<string, string>>, registry: Registry): string {
  const { placeholders } = resolvePlaceholders(text, registry);
  return splice(text, placeholders, (placeholder) => registry.textOf(registry.get(placeholder.name)!, values, {}, placeholder.format)).text;
}
