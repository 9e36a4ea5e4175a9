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

/**
 * A value in a format: `regex` escapes every dot (for use inside a regular expression), `dn` makes
 * an LDAP distinguished name with one DC component per label (acme.co.uk -> DC=acme,DC=co,DC=uk).
 */
export function applyFormat(text: string, format: Format | undefined): string {
  if (format === 'regex') return text.replaceAll('.', '\\.');
  if (format === 'dn') return `DC=${text.split('.').join(',DC=')}`;
  return text;
}

/** The format a mark names, if it is one. */
export function parseFormat(name: string | undefined): Format | undefined {
  return name !== undefined && isFormat(name) ? name : undefined;
}
