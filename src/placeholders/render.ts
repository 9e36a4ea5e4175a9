import { displayValue, getVariable } from '../registry';
import { resolvePlaceholders } from './resolve';

/**
 * The text of a block as a reader with these values would see it: each placeholder replaced by
 * the value (or the default) in its format. Used to prove blocks valid for any accepted value.
 */
export function renderWithValues(text: string, values: Readonly<Record<string, string>>): string {
  const { placeholders } = resolvePlaceholders(text);
  let output = '';
  let cursor = 0;
  for (const placeholder of placeholders) {
    const variable = getVariable(placeholder.name)!;
    output += text.slice(cursor, placeholder.start);
    output += displayValue(variable, values[placeholder.name] ?? variable.default, placeholder.format);
    cursor = placeholder.end;
  }
  return output + text.slice(cursor);
}
