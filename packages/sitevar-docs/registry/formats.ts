/**
 * Output formats a placeholder may ask for. They apply the same way to a default at build time
 * and to the reader's value in the browser.
 */

export const FORMATS = ['regex', 'dn'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Escapes every character a regular expression gives a meaning (valid in Unicode mode too). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Escapes every dot, for use inside a regular expression. */
export function toRegex(text: string): string {
  return text.replaceAll('.', '\\.');
}

/** An LDAP distinguished name with one DC component per label: acme.co.uk -> DC=acme,DC=co,DC=uk. */
export function toDistinguishedName(text: string): string {
  return text
    .split('.')
    .map((label) => `DC=${label}`)
    .join(',');
}

export function applyFormat(text: string, format: Format | undefined): string {
  if (format === 'regex') return toRegex(text);
  if (format === 'dn') return toDistinguishedName(text);
  return text;
}

/** The format a mark names, if it is one. */
export function parseFormat(name: string | undefined): Format | undefined {
  return name !== undefined && isFormat(name) ? name : undefined;
}
