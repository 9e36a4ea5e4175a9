import type { Format } from './formats';

/** What kind of value a variable holds: decides its validation and its form control. */
export type VariableKind = 'domain' | 'label' | 'host' | 'port' | 'boolean' | 'slug';

/** Groups order the preferences form; each renders as its own fieldset. */
export type VariableGroup = 'site' | 'authelia' | 'authentik' | 'applications';

export interface SiteVariable {
  /** The name authors write in `{{< sitevar name="…" >}}` and `<SiteVar name="…" />`. */
  readonly name: string;
  /** The form label, which is also the field's accessible name. */
  readonly label: string;
  /** One sentence under the field. */
  readonly help: string;
  /** Stored form of the default value (booleans as "true"/"false"). */
  readonly default: string;
  readonly kind: VariableKind;
  readonly group: VariableGroup;
  /** Formats that make sense for this variable's values. */
  readonly formats: readonly Format[];
  /** How a boolean reads in code: the text for false and for true. */
  readonly booleanText?: { readonly false: string; readonly true: string };
}

export const GROUP_LABELS: Record<VariableGroup, string> = {
  site: 'Your site',
  authelia: 'Authelia',
  authentik: 'authentik',
  applications: 'Applications',
};

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
    help: 'The public domain your services live under, such as example.com. Internationalised names are converted to punycode.',
    default: 'example.com',
    kind: 'domain',
    group: 'site',
    formats: dnsFormats,
  },
  {
    name: 'subdomain-authelia',
    label: 'Authelia subdomain',
    help: 'The subdomain of the Authelia portal: auth gives https://auth.example.com/.',
    default: 'auth',
    kind: 'label',
    group: 'authelia',
    formats: labelFormats,
  },
  {
    name: 'host',
    label: 'Authelia host',
    help: 'The host name or IP address Authelia listens on, as other containers reach it.',
    default: 'authelia',
    kind: 'host',
    group: 'authelia',
    formats: dnsFormats,
  },
  {
    name: 'port',
    label: 'Authelia port',
    help: 'The port Authelia listens on, from 1 to 65535.',
    default: '9091',
    kind: 'port',
    group: 'authelia',
    formats: [],
  },
  {
    name: 'tls',
    label: 'Authelia TLS',
    help: 'Whether Authelia’s own listener serves TLS (https) rather than plain http.',
    default: 'false',
    kind: 'boolean',
    group: 'authelia',
    formats: [],
    booleanText: { false: 'http', true: 'https' },
  },
  {
    name: 'subdomain-authentik',
    label: 'authentik subdomain',
    help: 'The subdomain of your authentik server: authentik gives https://authentik.example.com/.',
    default: 'authentik',
    kind: 'label',
    group: 'authentik',
    formats: labelFormats,
  },
  {
    name: 'authentik-slug',
    label: 'authentik application slug',
    help: 'The slug of the application you create in authentik; it appears in the provider’s URLs.',
    default: 'paperless',
    kind: 'slug',
    group: 'authentik',
    formats: [],
  },
  {
    name: 'subdomain-paperless',
    label: 'Paperless-ngx subdomain',
    help: 'The subdomain Paperless-ngx is served on.',
    default: 'paperless',
    kind: 'label',
    group: 'applications',
    formats: labelFormats,
  },
  {
    name: 'subdomain-photoprism',
    label: 'PhotoPrism subdomain',
    help: 'The subdomain PhotoPrism is served on.',
    default: 'photoprism',
    kind: 'label',
    group: 'applications',
    formats: labelFormats,
  },
];
