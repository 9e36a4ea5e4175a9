import { decodePunycode } from './punycode.ts';

/**
 * Checks for the kinds of value a site variable can hold. Each takes what a reader typed and
 * returns the canonical text to store, or the reason it is refused (a code, worded by
 * `validation-messages.ts`, so the before-paint script carries no sentences). The same checks
 * run on values read back from storage, which may hold anything, so they never throw.
 */

export type ProblemCode =
  | 'empty'
  | 'too-long-input'
  | 'not-bare-name'
  | 'not-dns'
  | 'empty-label'
  | 'long-label'
  | 'hyphen-label'
  | 'bad-characters'
  | 'too-few-labels'
  | 'numeric-tld'
  | 'long-domain'
  | 'dotted-label'
  | 'port'
  | 'boolean'
  | 'select'
  | 'pattern'
  | 'too-short'
  | 'too-long'
  | 'unreserved'
  | 'yaml-special'
  | 'not-url'
  | 'bad-punycode'
  | 'digest'
  | 'derived';

export interface Problem {
  readonly code: ProblemCode;
  /** What the message quotes: the offending label, a length. */
  readonly detail?: string;
  /** Whose value it is, for the wording: a name, a subdomain, a host name. */
  readonly subject?: 'name' | 'subdomain' | 'host name';
}

export type Check = { ok: true; value: string } | { ok: false; problem: Problem };

export const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
export const MAX_DOMAIN_LENGTH = 253;
const MAX_INPUT_LENGTH = 1024;

const refuse = (code: ProblemCode, detail?: string): Check => ({ ok: false, problem: detail === undefined ? { code } : { code, detail } });
const accept = (value: string): Check => ({ ok: true, value });

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

/**
 * True when an `xn--` label is the punycode of an internationalised label, as IDNA requires:
 * it decodes, it is not plain ASCII in disguise, and encoding it again gives the same label.
 * (Chromium's URL parser accepts any `xn--` label, Firefox's does not: this check is the same
 * everywhere.)
 */
function isValidPunycode(label: string): boolean {
  const unicode = decodePunycode(label.slice(4));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, to find what is beyond it
  return unicode !== undefined && /[^\x00-\x7f]/.test(unicode) && toAsciiHostname(unicode) === label;
}

function labelProblem(label: string): Check | undefined {
  if (label.length === 0) return refuse('empty-label');
  if (label.length > 63) return refuse('long-label', label.slice(0, 12));
  if (label.startsWith('-') || label.endsWith('-')) return refuse('hyphen-label', label);
  if (!LABEL.test(label)) return refuse('bad-characters', label);
  if (label.startsWith('xn--') && !isValidPunycode(label)) return refuse('bad-punycode', label);
  return undefined;
}

/** The platform's URL parser must take the name as a host unchanged, or no browser can reach it. */
function parsesAsHost(ascii: string): boolean {
  try {
    return new URL(`http://${ascii}/`).hostname === ascii;
  } catch {
    return false;
  }
}

function checkDnsName(input: string, minLabels: number, subject: NonNullable<Problem['subject']>): Check {
  const result = checkDnsNameOf(input, minLabels, subject);
  return result.ok ? result : { ok: false, problem: { ...result.problem, subject } };
}

function checkDnsNameOf(input: string, minLabels: number, subject: NonNullable<Problem['subject']>): Check {
  const trimmed = input.trim();
  if (trimmed === '') return refuse('empty');
  if (trimmed.length > MAX_INPUT_LENGTH) return refuse('too-long-input');
  if (/[\s/:@?#]/.test(trimmed)) return refuse('not-bare-name');
  const ascii = toAsciiHostname(trimmed.replace(/\.$/, ''));
  if (ascii === undefined) return refuse('not-dns');
  const labels = ascii.split('.');
  for (const label of labels) {
    const problem = labelProblem(label);
    if (problem) return problem;
  }
  if (labels.length < minLabels) return refuse('too-few-labels');
  if (labels.length > 1 && /^\d+$/.test(labels.at(-1)!)) return refuse('numeric-tld');
  if (ascii.length > MAX_DOMAIN_LENGTH) return refuse('long-domain', String(ascii.length));
  // A subdomain is never the last label, where the URL parser looks for numbers.
  if (!parsesAsHost(subject === 'subdomain' ? `${ascii}.example` : ascii)) return refuse('not-url', ascii);
  return accept(ascii);
}

/** A public DNS name of two or more labels, case-folded, IDNs in punycode. */
export function checkDomain(input: string): Check {
  return checkDnsName(input, 2, 'name');
}

/** One DNS label, such as a subdomain. */
export function checkLabel(input: string): Check {
  const trimmed = input.trim();
  if (trimmed.includes('.')) return refuse('dotted-label');
  return checkDnsName(trimmed, 1, 'subdomain');
}

export const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isIpv6(input: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(input) || !input.includes(':')) return false;
  try {
    return new URL(`http://[${input}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** A host to listen on or connect to: a DNS name (one label is fine) or an IP address. */
export function checkHost(input: string): Check {
  const trimmed = input.trim();
  if (IPV4.test(trimmed)) return accept(trimmed);
  const unbracketed = trimmed.replace(/^\[(.*)\]$/, '$1');
  if (isIpv6(unbracketed)) return accept(unbracketed.toLowerCase());
  return checkDnsName(trimmed, 1, 'host name');
}

/** A TCP port, 1 to 65535, written as plain digits. */
export function checkPort(input: string): Check {
  const trimmed = input.trim();
  const port = Number(trimmed);
  if (!/^\d{1,5}$/.test(trimmed) || port < 1 || port > 65535) return refuse('port');
  return accept(String(port));
}

/** A yes/no setting, stored as "true" or "false". */
export function checkBoolean(input: string): Check {
  const trimmed = input.trim().toLowerCase();
  return trimmed === 'true' || trimmed === 'false' ? accept(trimmed) : refuse('boolean');
}

/** One of a fixed list of values; matched without regard to case, stored as listed. */
export function checkSelect(input: string, values: readonly string[]): Check {
  const trimmed = input.trim().toLowerCase();
  const match = values.find((value) => value.toLowerCase() === trimmed);
  return match === undefined ? refuse('select') : accept(match);
}

/** Text the site's own regular expression accepts, at most `maxLength` characters. */
export function checkPattern(input: string, pattern: string, maxLength: number): Check {
  const trimmed = input.trim();
  if (trimmed === '') return refuse('empty');
  if (trimmed.length > maxLength) return refuse('too-long', String(maxLength));
  let matches = false;
  try {
    matches = new RegExp(pattern, 'u').test(trimmed);
  } catch {
    matches = false;
  }
  return matches ? accept(trimmed) : refuse('pattern');
}

const UNRESERVED_TEXT = /^[A-Za-z0-9._~-]+$/;

/**
 * Unreserved text that a YAML parser (1.1 or 1.2) would not read as a string when it is written
 * unquoted: null (`~`), booleans (`true`, `yes`, `on`…), numbers (`12`, `0x1f`, `1e3`, `.inf`),
 * dates (`2024-01-31`) and a lone `-` (a list item). Case-insensitive, and `e5` or `.` count as
 * numbers (YAML 1.1's float pattern matches them), to stay on the safe side.
 */
export const YAML_NON_STRING =
  /^(?:~|-|null|true|false|y|yes|n|no|on|off|\.nan|[-+]?(?:\.inf|0b[01_]+|0o?[0-7_]+|0x[\da-f_]+|\d[\d_]*|(?:\d[\d_]*)?\.[\d_]*(?:e[-+]?\d+)?|[\d_]*e[-+]?\d+)|\d{4}-\d\d?-\d\d?)$/i;

/** RFC 3986 unreserved characters, which also read as plain text in YAML, env and shell. */
function checkPlainText(text: string): Check {
  if (!UNRESERVED_TEXT.test(text)) return refuse('unreserved');
  if (YAML_NON_STRING.test(text)) return refuse('yaml-special', text);
  return accept(text);
}

/**
 * A token such as a client ID or secret: `minLength` to `maxLength` RFC 3986 unreserved
 * characters that read as text unquoted in YAML.
 */
export function checkToken(input: string, minLength: number, maxLength: number): Check {
  const trimmed = input.trim();
  if (trimmed === '') return refuse('empty');
  if (trimmed.length < minLength) return refuse('too-short', String(minLength));
  if (trimmed.length > maxLength) return refuse('too-long', String(maxLength));
  return checkPlainText(trimmed);
}

/** The PBKDF2 rounds a digest has by default: a stored digest with fewer is not one of ours. */
export const PBKDF2_ITERATIONS = 310_000;
export const MAX_PBKDF2_ITERATIONS = 1_000_000;

/**
 * A PBKDF2-SHA512 digest in go-crypt's PHC format, as Authelia stores client secrets, with at
 * least the rounds the site generates and at most `maxIterations` (checking a stored digest
 * costs as much as computing it).
 */
export function checkPbkdf2Digest(input: string, minIterations = PBKDF2_ITERATIONS, maxIterations = MAX_PBKDF2_ITERATIONS): Check {
  const trimmed = input.trim();
  const match = /^\$pbkdf2-sha512\$(\d{1,7})\$[A-Za-z0-9./]{22}\$[A-Za-z0-9./]{86}$/.exec(trimmed);
  const iterations = Number(match?.[1]);
  return match && iterations >= minIterations && iterations <= maxIterations ? accept(trimmed) : refuse('digest');
}
