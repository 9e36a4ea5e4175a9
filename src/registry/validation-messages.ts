import { MAX_DOMAIN_LENGTH, type Check, type Problem, type ProblemCode } from './validation';

export type Validation = { ok: true; value: string } | { ok: false; message: string };

const MESSAGES: Record<ProblemCode, (problem: Problem) => string> = {
  empty: () => 'Enter a value.',
  'too-long-input': () => 'That is far too long for a DNS name.',
  'not-bare-name': () => 'Enter just the name: no scheme, path, port or spaces.',
  'not-dns': () => 'This is not a valid domain name.',
  'empty-label': ({ subject }) => `This ${subject ?? 'name'} has an empty label (two dots in a row, or a dot at an end).`,
  'long-label': ({ subject, detail }) => `This ${subject ?? 'name'} has a label longer than 63 characters ("${detail}…").`,
  'hyphen-label': ({ subject, detail }) => `This ${subject ?? 'name'} has a label that starts or ends with a hyphen ("${detail}").`,
  'bad-characters': ({ subject, detail }) => `This ${subject ?? 'name'} may only use letters, digits and hyphens ("${detail}").`,
  'too-few-labels': () => 'Enter a full domain with at least two labels, like example.com.',
  'numeric-tld': () => 'The last label cannot be all digits: is this a mistyped IP address?',
  'long-domain': ({ detail }) => `A domain is at most ${MAX_DOMAIN_LENGTH} characters; this one has ${detail}.`,
  'dotted-label': () => 'Enter one label only, without dots (for example auth, not auth.example.com).',
  port: () => 'Enter a port number from 1 to 65535.',
  boolean: () => 'Choose on or off.',
  slug: () => 'Use up to 128 lower-case letters, digits, hyphens and underscores, starting with a letter or digit.',
  'client-id': () => 'A client ID is at most 100 characters here.',
  'secret-short': () => 'A client secret needs at least 8 characters; generate one for a strong secret.',
  'secret-long': () => 'A client secret is at most 255 characters here.',
  unreserved: () => 'Use letters, digits and - . _ ~ only, so the value needs no quoting anywhere.',
  'yaml-special': ({ detail }) =>
    `Unquoted, "${detail}" reads as a number, a yes/no or an empty value in YAML, not as text: add a letter, or generate one.`,
  'not-url': ({ detail }) => `Browsers do not accept "${detail}" as a host name (a label that looks like a number, such as 0x1?).`,
  'bad-punycode': ({ detail }) => `"${detail}" is not valid punycode: type the name in its own script (bücher.example), or copy its xn-- form exactly.`,
  digest: () => 'This is not a $pbkdf2-sha512$ digest with the rounds this site uses.',
};

/** A check's result with its reason put in words, for the preferences form and the build. */
export function withMessage(check: Check): Validation {
  return check.ok ? check : { ok: false, message: MESSAGES[check.problem.code](check.problem) };
}
