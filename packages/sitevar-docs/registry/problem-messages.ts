import { MAX_DOMAIN_LENGTH, type ProblemCode } from './validation.ts';

/**
 * Why a value is refused, in words: English templates a site may replace through its `ui`
 * strings (the keys are the problem codes as `problemXxx`). `{detail}` is what the message
 * quotes, `{subject}` whose value it is (a name, a subdomain, a host name), `{options}` a
 * select's values.
 */
export const PROBLEM_MESSAGES = {
  problemEmpty: 'Enter a value.',
  problemTooLongInput: 'That is far too long for a DNS name.',
  problemNotBareName: 'Enter just the name: no scheme, path, port or spaces.',
  problemNotDns: 'This is not a valid domain name.',
  problemEmptyLabel: 'This {subject} has two dots in a row, or a dot at an end.',
  problemLongLabel: '"{detail}…" is longer than 63 characters, the most a DNS label (a part between dots) may have.',
  problemHyphenLabel: '"{detail}" starts or ends with a hyphen: a {subject} may have hyphens only between letters or digits.',
  problemBadCharacters: 'A {subject} may only use letters, digits and hyphens ("{detail}" has others).',
  problemTooFewLabels: 'Enter a full domain with at least two labels, like example.com.',
  problemNumericTld: 'The last label cannot be all digits: is this a mistyped IP address?',
  problemLongDomain: `A domain is at most ${MAX_DOMAIN_LENGTH} characters; this one has {detail}.`,
  problemDottedLabel: 'Enter one label only, without dots (for example auth, not auth.example.com).',
  problemPort: 'Enter a port number from 1 to 65535.',
  problemBoolean: 'Choose on or off.',
  problemSelect: 'Choose one of {options}.',
  problemPattern: 'This value does not have the expected form.',
  problemTooShort: 'This needs at least {detail} characters; generate one for a strong value.',
  problemTooLong: 'This is at most {detail} characters here.',
  problemUnreserved: 'Use letters, digits and - . _ ~ only, so the value needs no quoting anywhere.',
  problemYamlSpecial: 'Unquoted, "{detail}" reads as a number, a yes/no or an empty value in YAML, not as text: add a letter, or generate one.',
  problemNotUrl: 'Browsers do not accept "{detail}" as a host name (a label that looks like a number, such as 0x1?).',
  problemBadPunycode: '"{detail}" is not valid punycode: type the name in its own script (bücher.example), or copy its xn-- form exactly.',
  problemDigest: 'This is not a $pbkdf2-sha512$ digest with the rounds this site uses.',
  problemDerived: 'This value is computed from others and cannot be set.',
  problemSubjectName: 'domain',
  problemSubjectSubdomain: 'subdomain',
  problemSubjectHost: 'host name',
} as const satisfies Record<`problem${string}`, string>;

export type ProblemMessages = { readonly [Key in keyof typeof PROBLEM_MESSAGES]: string };

/** The message key of a problem code: `hyphen-label` → `problemHyphenLabel`. */
export function messageKey(code: ProblemCode): keyof ProblemMessages {
  return `problem${code.replace(/(^|-)(\w)/g, (_whole, _dash, letter: string) => letter.toUpperCase())}` as keyof ProblemMessages;
}
