import type { SiteVariable, VariableScope } from './definitions.ts';
import { escapeRegExp } from './formats.ts';
import type { ShownVariable } from './shown.ts';
import { templateNames } from './template.ts';
import { IPV4, LABEL, MAX_DOMAIN_LENGTH } from './validation.ts';

/**
 * The before-paint core's share of each variable: enough to show it (`shown.ts`), where it is
 * stored, and `accept`, a regular expression (Unicode mode) that only canonical values match.
 * The core shows a stored value it matches at once; anything else (an internationalised
 * domain, a pair of credentials, text the site's pattern allows) waits for the full check in
 * `runtime/verify-stored.ts`. So the page does not carry the validators, and a pattern that
 * accepts less than the full check only ever makes the reader wait a moment, never shows a value
 * the full check would refuse (`core-acceptance.test.ts` holds each pattern to that).
 */
export type CoreVariable = ShownVariable & {
  /** Left out for `site`, the most common. */
  readonly scope?: VariableScope | undefined;
  /** A secret's digest, and a digest's secret: the pair is shown only once checked together. */
  readonly digest?: string | undefined;
  readonly of?: string | undefined;
  readonly accept?: string | undefined;
};

const label = LABEL.source.slice(1, -1);
/** A last label that starts with a letter: the URL parser never reads it as an IPv4 number. */
const lastLabel = `[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?`;
/** No `--` anywhere: punycode (`xn--`) and other reserved labels go to the full check. */
const dnsName = (moreLabels: '+' | '*') => `(?!.*--)(?=.{1,${MAX_DOMAIN_LENGTH}}$)(?:${label}\\.)${moreLabels}${lastLabel}`;

/**
 * Characters that no YAML non-string contains (`validation.ts`, YAML_NON_STRING: null,
 * booleans, numbers, dates), in either case: a token with one of them reads as text unquoted.
 * Tokens made of the other characters (`client`) wait for the full check.
 */
export const NEVER_YAML_SPECIAL = 'ghjkmpqvwzGHJKMPQVWZ';

/** The regular expression of values the core may show unchecked, if the kind has one. */
export function coreAcceptPattern(variable: SiteVariable): string | undefined {
  switch (variable.kind) {
    case 'domain':
      return `^${dnsName('+')}$`;
    case 'label':
      return `^(?!.*--)${label}$`;
    case 'host':
      return `^(?:${IPV4.source.slice(1, -1)}|${dnsName('*')})$`;
    case 'port':
      return '^(?:[1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d\\d|655[0-2]\\d|6553[0-5])$';
    case 'boolean':
      return '^(?:true|false)$';
    case 'select':
      return `^(?:${variable.options.map((option) => escapeRegExp(option.value)).join('|')})$`;
    case 'pattern': {
      // Trimmed, 1 to maxLength UTF-16 units (astral characters wait), then the site's own
      // expression from the start, which accepts no more than testing it anywhere would. Only an
      // expression valid on its own is wrapped (so it stays one group).
      const candidate = `^(?=[\\0-\\uffff]{1,${variable.maxLength}}$)(?!\\s)(?![^]*\\s$)(?:${variable.pattern})`;
      try {
        new RegExp(variable.pattern, 'u');
        new RegExp(candidate, 'u');
        return candidate;
      } catch {
        return undefined;
      }
    }
    case 'token':
    case 'secret':
      // A secret with a digest is checked with it, never alone.
      if (variable.kind === 'secret' && variable.digest) return undefined;
      return `^(?=[^]*[${NEVER_YAML_SPECIAL}~])(?!~$)[A-Za-z0-9._~-]{${variable.minLength},${variable.maxLength}}$`;
    case 'digest':
    case 'computed':
      return undefined;
  }
}

/**
 * The core's definitions: labels, messages, rules and the kind dropped (what a definition carries
 * tells the core what it needs: a template, the words of a boolean, a secret's digest), an
 * acceptance pattern added. A computed variable carries its template, not a default. A digest's
 * default is left out unless a template uses it: it is the
 * longest text of all (100 characters and more of base64), the build already shows it in every
 * mark, and the form never stores it (a digest it makes has a fresh salt), so the core needs it
 * neither to show the digest nor to tell the example.
 */
export function coreDefinitions(variables: readonly SiteVariable[]): CoreVariable[] {
  const inTemplates = new Set(variables.flatMap((variable) => (variable.kind === 'computed' ? templateNames(variable.template) : [])));
  return variables.map((variable) => {
    const accept = coreAcceptPattern(variable);
    const needsDefault = variable.kind !== 'computed' && (variable.kind !== 'digest' || inTemplates.has(variable.name));
    return {
      name: variable.name,
      ...(variable.scope === 'site' ? {} : { scope: variable.scope }),
      ...(needsDefault ? { default: variable.default } : {}),
      ...(variable.example ? { example: true as const } : {}),
      ...(variable.kind === 'boolean' ? { text: variable.text } : {}),
      ...(variable.kind === 'computed' ? { template: variable.template } : {}),
      ...(variable.kind === 'secret' && variable.digest ? { digest: variable.digest } : {}),
      ...(variable.kind === 'digest' ? { of: variable.of } : {}),
      ...(accept === undefined ? {} : { accept }),
    };
  });
}
