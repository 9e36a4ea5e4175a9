/**
 * Validators for the kinds of value a site variable can hold. Each takes what a reader typed and
 * returns the canonical text to store, or a message saying what is wrong. The same functions
 * check values read back from storage (which may hold anything), so they must never throw.
 */

export type Validation = { ok: true; value: string } | { ok: false; message: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MAX_DOMAIN_LENGTH = 253;
const MAX_INPUT_LENGTH = 1024;

const fail = (message: string): Validation => ({ ok: false, message });
const pass = (value: string): Validation => ({ ok: true, value });

/**
 * Converts an internationalised name to its ASCII (punycode) form with the platform's own
 * IDNA support (the URL parser applies UTS #46 mapping, case folding included), so no
 * punycode library is shipped to the browser.
 */
export function toAsciiHostname(input: string): string | undefined {
  if (/^[\x21-\x7e]*$/.test(input)) return input.toLowerCase();
  try {
    return new URL(`http://${input}/`).hostname;
  } catch {
    return undefined;
  }
}

function labelProblem(label: string): string | undefined {
  if (label.length === 0) return 'has an empty label (two dots in a row, or a dot at an end)';
  if (label.length > 63) return `has a label longer than 63 characters ("${label.slice(0, 12)}…")`;
  if (label.startsWith('-') || label.endsWith('-')) return `has a label that starts or ends with a hyphen ("${label}")`;
  if (!LABEL.test(label)) return `may only use letters, digits and hyphens ("${label}")`;
  return undefined;
}

function checkDnsName(input: string, minLabels: number): Validation {
  const trimmed = input.trim();
  if (trimmed === '') return fail('Enter a value.');
  if (trimmed.length > MAX_INPUT_LENGTH) return fail('That is far too long for a DNS name.');
  if (/[\s/:@?#]/.test(trimmed)) return fail('Enter just the name: no scheme, path, port or spaces.');
  const ascii = toAsciiHostname(trimmed.replace(/\.$/, ''));
  if (ascii === undefined) return fail('This is not a valid domain name.');
  const labels = ascii.split('.');
  for (const label of labels) {
    const problem = labelProblem(label);
    if (problem) return fail(`This name ${problem}.`);
  }
  if (labels.length < minLabels) return fail('Enter a full domain with at least two labels, like example.com.');
  if (labels.length > 1 && /^\d+$/.test(labels.at(-1)!)) {
    return fail('The last label cannot be all digits: is this a mistyped IP address?');
  }
  if (ascii.length > MAX_DOMAIN_LENGTH) return fail(`A domain is at most ${MAX_DOMAIN_LENGTH} characters; this one has ${ascii.length}.`);
  return pass(ascii);
}

/** A public DNS name of two or more labels, case-folded, IDNs in punycode. */
export function validateDomain(input: string): Validation {
  return checkDnsName(input, 2);
}

/** One DNS label, such as a subdomain. */
export function validateLabel(input: string): Validation {
  const trimmed = input.trim();
  if (trimmed.includes('.')) return fail('Enter one label only, without dots (for example auth, not auth.example.com).');
  const result = checkDnsName(trimmed, 1);
  return result.ok ? result : fail(result.message.replace('This name', 'This subdomain'));
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isIpv6(input: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(input) || !input.includes(':')) return false;
  try {
    return new URL(`http://[${input}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** A host to listen on or connect to: a DNS name (one label is fine) or an IP address. */
export function validateHost(input: string): Validation {
  const trimmed = input.trim();
  if (IPV4.test(trimmed)) return pass(trimmed);
  const unbracketed = trimmed.replace(/^\[(.*)\]$/, '$1');
  if (isIpv6(unbracketed)) return pass(unbracketed.toLowerCase());
  const result = checkDnsName(trimmed, 1);
  return result.ok ? result : fail(result.message.replace('This name', 'This host name'));
}

/** A TCP port, 1 to 65535, written as plain digits. */
export function validatePort(input: string): Validation {
  const trimmed = input.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return fail('Enter a port number from 1 to 65535.');
  const port = Number(trimmed);
  if (port < 1 || port > 65535) return fail('Enter a port number from 1 to 65535.');
  return pass(String(port));
}

/** A yes/no setting, stored as "true" or "false". */
export function validateBoolean(input: string): Validation {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === 'true' || trimmed === 'false') return pass(trimmed);
  return fail('Choose on or off.');
}

/** A URL slug: lower-case letters, digits, hyphens and underscores. */
export function validateSlug(input: string): Validation {
  const trimmed = input.trim();
  if (trimmed === '') return fail('Enter a value.');
  if (trimmed.length > 128) return fail('A slug is at most 128 characters.');
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(trimmed)) {
    return fail('Use lower-case letters, digits, hyphens and underscores, starting with a letter or digit.');
  }
  return pass(trimmed);
}

const UNRESERVED_TEXT = /^[A-Za-z0-9._~-]+$/;

/** An OpenID Connect client ID: 1 to 100 RFC 3986 unreserved characters. */
export function validateClientId(input: string): Validation {
  const trimmed = input.trim();
  if (trimmed === '') return fail('Enter a client ID.');
  if (trimmed.length > 100) return fail('A client ID is at most 100 characters here.');
  if (!UNRESERVED_TEXT.test(trimmed)) return fail('Use letters, digits and - . _ ~ only, so the ID needs no quoting anywhere.');
  return pass(trimmed);
}

/** A client secret: 8 to 255 RFC 3986 unreserved characters. */
export function validateClientSecret(input: string): Validation {
  const trimmed = input.trim();
  if (trimmed.length < 8) return fail('A client secret needs at least 8 characters; generate one for a strong secret.');
  if (trimmed.length > 255) return fail('A client secret is at most 255 characters here.');
  if (!UNRESERVED_TEXT.test(trimmed)) return fail('Use letters, digits and - . _ ~ only, so the secret needs no quoting anywhere.');
  return pass(trimmed);
}

/** A PBKDF2-SHA512 digest in go-crypt's PHC format, as Authelia stores client secrets. */
export function validatePbkdf2Digest(input: string): Validation {
  const trimmed = input.trim();
  if (!/^\$pbkdf2-sha512\$\d{1,7}\$[A-Za-z0-9./]{22}\$[A-Za-z0-9./]{86}$/.test(trimmed)) {
    return fail('This is not a $pbkdf2-sha512$ digest.');
  }
  return pass(trimmed);
}
