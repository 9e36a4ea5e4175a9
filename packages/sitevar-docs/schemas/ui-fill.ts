import { fillTemplate } from '../registry/template.ts';
/** Fills the `{name}` parts of a UI string; a part not given stays as written. */
export function fill(text: string, parts: Readonly<Record<string, string | number>>): string {
  return fillTemplate(text, (name) => (Object.hasOwn(parts, name) ? String(parts[name]) : undefined));
}
