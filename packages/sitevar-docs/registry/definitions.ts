import type { Format } from './formats.ts';

/**
 * Where a value lives: `site` values apply to every guide (localStorage), `guide` values to one
 * guide (localStorage, keyed by guide), `credentials` to one guide in this tab only (sessionStorage).
 */
export type VariableScope = 'site' | 'guide' | 'credentials';

interface Common {
  /** The name authors write in `{{< sitevar name="…" >}}` and `<SiteVar name="…" />`. */
  readonly name: string;
  /** The form label, which is also the field's accessible name. */
  readonly label: string;
  /** The sentence under the field; `{name}` shows another variable's value, live. */
  readonly help?: string | undefined;
  /** Stored form of the default value (booleans as "true"/"false"). */
  readonly default: string;
  /** The group of the preferences form it is listed in. */
  readonly group: string;
  readonly scope: VariableScope;
  /** Formats that make sense for this variable's values. */
  readonly formats: readonly Format[];
  /** Computed from other values (a digest, a template), never typed. */
  readonly derived?: boolean | undefined;
  /**
   * The default only stands in for the reader's own (a domain, a credential): copying it is worth
   * a warning, and a value equal to it is still the example. Otherwise the default is one that
   * works as it is (a port, a subdomain a guide chose).
   */
  readonly example?: true | undefined;
}

/**
 * A site variable as the registry holds it: the site's configuration, validated and with every
 * default filled in (see the engine's `schemas/variables.ts`).
 */
export type SiteVariable =
  | (Common & { readonly kind: 'domain' | 'label' | 'host' | 'port' })
  /** On or off; `text` is how each reads in code (`http` and `https`). */
  | (Common & { readonly kind: 'boolean'; readonly text: { readonly false: string; readonly true: string } })
  | (Common & { readonly kind: 'select'; readonly options: readonly { readonly value: string; readonly label: string }[] })
  /** The site's own rule: a regular expression (Unicode mode) and what to say when it fails. */
  | (Common & { readonly kind: 'pattern'; readonly pattern: string; readonly message: string; readonly maxLength: number })
  /** Random text the reader can generate (`length` characters) or type: a client ID, a secret. */
  | (Common & {
      readonly kind: 'token' | 'secret';
      readonly length: number;
      /** The characters a generated value is drawn from; RFC 3986 unreserved ones by default. */
      readonly alphabet?: string | undefined;
      readonly minLength: number;
      readonly maxLength: number;
      /** The digest variable computed from this secret, if any. */
      readonly digest?: string | undefined;
    })
  /** PBKDF2-SHA512 of a secret, in go-crypt's format (how Authelia stores client secrets). */
  | (Common & { readonly kind: 'digest'; readonly of: string; readonly iterations: number; readonly maxIterations: number })
  /** Text built from other variables, such as `https://{subdomain}.{domain}/`. */
  | (Common & { readonly kind: 'computed'; readonly template: string });

export type VariableKind = SiteVariable['kind'];

/** A secret and the digest computed from it: they are stored, shown and dropped together. */
export interface SecretPair {
  readonly secret: string;
  readonly digest: string;
}

/** Each secret with the digest computed from it, from the definitions (whole or the core's): only a secret names one. */
export function pairsOf(definitions: readonly { readonly name: string; readonly digest?: string | undefined }[]): SecretPair[] {
  return definitions.flatMap((variable) => (variable.digest ? [{ secret: variable.name, digest: variable.digest }] : []));
}
