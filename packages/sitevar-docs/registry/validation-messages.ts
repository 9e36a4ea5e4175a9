import type { SiteVariable } from './definitions';
import type { Registry } from './index';
import { MAX_DOMAIN_LENGTH, type Check, type Problem, type ProblemCode } from './validation';

export type Validation = { ok: true; value: string } | { ok: false; message: string };

const MESSAGES: Record<ProblemCode, (problem: Problem, variable?: SiteVariable) => string> = {
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
  select: (_problem, variable) =>
    variable?.kind === 'select' ? `Choose one of ${variable.options.map((option) => option.value).join(', ')}.` : 'Choose one of the options.',
  pattern: (_problem, variable) => (variable?.kind === 'pattern' ? variable.message : 'This value does not have the expected form.'),
  'too-short': ({ detail }) => `This needs at least ${detail} characters; generate one for a strong value.`,
  'too-long': ({ detail }) => `This is at most ${detail} characters here.`,
  unreserved: () => 'Use letters, digits and - . _ ~ only, so the value needs no quoting anywhere.',
  'yaml-special': ({ detail }) =>
    `Unquoted, "${detail}" reads as a number, a yes/no or an empty value in YAML, not as text: add a letter, or generate one.`,
  'not-url': ({ detail }) => `Browsers do not accept "${detail}" as a host name (a label that looks like a number, such as 0x1?).`,
  'bad-punycode': ({ detail }) => `"${detail}" is not valid punycode: type the name in its own script (bücher.example), or copy its xn-- form exactly.`,
  digest: () => 'This is not a $pbkdf2-sha512$ digest with the rounds this site uses.',
  derived: () => 'This value is computed from others and cannot be set.',
};

/**
 * Checks what a reader typed, with the reason for a refusal in words: for the preferences form
 * and the build. (Not a method of the registry: the before-paint script checks stored values and
 * never needs the sentences.)
 */
export function validateValue(registry: Registry, variable: SiteVariable, input: string): Validation {
  return withMessage(registry.check(variable, input), variable);
}

/** A check's result with its reason put in words, for the preferences form and the build. */
export function withMessage(check: Check, variable?: SiteVariable): Validation {
  return check.ok ? check : { ok: false, message: MESSAGES[check.problem.code](check.problem, variable) };
}
