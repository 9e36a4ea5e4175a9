import type { Format } from './formats';

/** The digest of `insecure_secret` that Authelia's guides publish as their example. */
export const EXAMPLE_SECRET_DIGEST =
  '$pbkdf2-sha512$310000$c8p78n7pUMln0jzvd4aK4Q$JNRBzwAo0ek5qKn50cFzzvE9RXV88h1wJn5KGiHrD0YKtZaR/nCb2CJPOsKaPK0hjf.9yHxzQGZziziccp6Yng';

/** What kind of value a variable holds: decides its validation and its form control. */
export type VariableKind = 'domain' | 'label' | 'host' | 'port' | 'boolean' | 'slug' | 'client-id' | 'client-secret' | 'pbkdf2-digest';

/** Groups order the preferences form; each renders as its own fieldset. */
export type VariableGroup = 'site' | 'authelia' | 'authentik' | 'guide';

/**
 * Where a value lives: `site` values apply to every guide (localStorage), `guide` values to one
 * guide (localStorage, keyed by guide), `credentials` to one guide in this tab only (sessionStorage).
 */
export type VariableScope = 'site' | 'guide' | 'credentials';

export interface SiteVariable {
  /** The name authors write in `{{< sitevar name="…" >}}` and `<SiteVar name="…" />`. */
  readonly name: string;
  /** The form label, which is also the field's accessible name. */
  readonly label: string;
  /** Stored form of the default value (booleans as "true"/"false"). */
  readonly default: string;
  readonly kind: VariableKind;
  /** Formats that make sense for this variable's values. */
  readonly formats: readonly Format[];
  readonly scope: VariableScope;
  /** Computed from other values (the digest of the secret), never typed. */
  readonly derived?: boolean;
  /** How a boolean reads in code: the text for false and for true. */
  readonly booleanText?: { readonly false: string; readonly true: string };
}

const dnsFormats: readonly Format[] = ['regex', 'dn'];
const labelFormats: readonly Format[] = ['regex'];

/**
 * The registry: every site variable, once. The build, the preferences form and the browser
 * runtime all read this list; add a variable here and it is usable everywhere.
 */
export const SITE_VARIABLES: readonly SiteVariable[] = [
  {
    name: 'domain',
    label: 'Domain',
    default: 'example.com',
    kind: 'domain',
    scope: 'site',
    formats: dnsFormats,
  },
  {
    name: 'subdomain-authelia',
    label: 'Authelia subdomain',
    default: 'auth',
    kind: 'label',
    scope: 'site',
    formats: labelFormats,
  },
  {
    name: 'host',
    label: 'Authelia host',
    default: 'authelia',
    kind: 'host',
    scope: 'site',
    formats: dnsFormats,
  },
  {
    name: 'port',
    label: 'Authelia port',
    default: '9091',
    kind: 'port',
    scope: 'site',
    formats: [],
  },
  {
    name: 'tls',
    label: 'Authelia TLS',
    default: 'false',
    kind: 'boolean',
    scope: 'site',
    formats: [],
    booleanText: { false: 'http', true: 'https' },
  },
  {
    name: 'subdomain-authentik',
    label: 'authentik subdomain',
    default: 'authentik',
    kind: 'label',
    scope: 'site',
    formats: labelFormats,
  },
  {
    name: 'authentik-slug',
    label: 'authentik application slug',
    default: 'paperless',
    kind: 'slug',
    scope: 'site',
    formats: [],
  },
  {
    name: 'subdomain-app',
    label: 'Application subdomain',
    default: 'app',
    kind: 'label',
    scope: 'guide',
    formats: labelFormats,
  },
  {
    name: 'client-id',
    label: 'Client ID',
    default: 'client',
    kind: 'client-id',
    scope: 'credentials',
    formats: [],
  },
  {
    name: 'client-secret',
    label: 'Client secret',
    default: 'insecure_secret',
    kind: 'client-secret',
    scope: 'credentials',
    formats: [],
  },
  {
    name: 'client-secret-digest',
    label: 'Client secret digest',
    default: EXAMPLE_SECRET_DIGEST,
    kind: 'pbkdf2-digest',
    scope: 'credentials',
    derived: true,
    formats: [],
  },
];
