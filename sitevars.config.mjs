// @ts-check
// This site's variables: what a reader can set, defined once. The build, the preferences form
// and the browser all read these definitions (validated by sitevar-docs' schema).

/** The digest of `insecure_secret` that Authelia's guides publish as their example. */
const EXAMPLE_SECRET_DIGEST =
  '$pbkdf2-sha512$310000$c8p78n7pUMln0jzvd4aK4Q$JNRBzwAo0ek5qKn50cFzzvE9RXV88h1wJn5KGiHrD0YKtZaR/nCb2CJPOsKaPK0hjf.9yHxzQGZziziccp6Yng';

/** The groups of the preferences form, in order; provider groups show on their own guides. */
export const variableGroups = [
  { id: 'site', label: 'Your site' },
  { id: 'authelia', label: 'Authelia', sections: ['authelia'] },
  { id: 'authentik', label: 'authentik', sections: ['authentik'] },
  { id: 'keycloak', label: 'Keycloak', sections: ['keycloak'] },
  { id: 'guide', label: 'This guide' },
];

/** @type {import('sitevar-docs').VariableInput[]} */
export const variables = [
  {
    name: 'domain',
    label: 'Domain',
    kind: 'domain',
    default: 'example.com',
    formats: ['regex', 'dn'],
    help: 'The public domain your services live under, such as example.com. Internationalised names are converted to punycode.',
  },
  {
    name: 'subdomain-authelia',
    label: 'Authelia subdomain',
    kind: 'label',
    default: 'auth',
    group: 'authelia',
    formats: ['regex'],
    help: 'The subdomain of the Authelia portal: {subdomain-authelia} gives https://{subdomain-authelia}.{domain}/.',
  },
  {
    name: 'host',
    label: 'Authelia host',
    kind: 'host',
    default: 'authelia',
    group: 'authelia',
    formats: ['regex', 'dn'],
    help: 'The host name or IP address Authelia listens on, as other containers reach it.',
  },
  { name: 'port', label: 'Authelia port', kind: 'port', default: 9091, group: 'authelia', help: 'The port Authelia listens on, from 1 to 65535.' },
  {
    name: 'tls',
    label: 'Authelia TLS',
    kind: 'boolean',
    default: false,
    text: { false: 'http', true: 'https' },
    group: 'authelia',
    help: 'Whether Authelia’s own listener serves TLS (https) rather than plain http.',
  },
  { name: 'authelia-url', label: 'Authelia URL', kind: 'computed', template: 'https://{subdomain-authelia}.{domain}/', group: 'authelia' },
  { name: 'authelia-listener', label: 'Authelia listens on', kind: 'computed', template: '{tls}://{host}:{port}', group: 'authelia' },
  {
    name: 'subdomain-authentik',
    label: 'authentik subdomain',
    kind: 'label',
    default: 'authentik',
    group: 'authentik',
    formats: ['regex'],
    help: 'The subdomain of your authentik server: {subdomain-authentik} gives https://{subdomain-authentik}.{domain}/.',
  },
  {
    name: 'authentik-slug',
    label: 'authentik application slug',
    kind: 'pattern',
    pattern: '^[a-z0-9][a-z0-9_-]*$',
    maxLength: 128,
    message: 'Use up to 128 lower-case letters, digits, hyphens and underscores, starting with a letter or digit.',
    scope: 'guide',
    default: 'app',
    group: 'guide',
    help: 'The slug you give this guide’s application in authentik; it is part of the provider’s URLs. Kept for this guide only.',
  },
  { name: 'authentik-url', label: 'authentik URL', kind: 'computed', template: 'https://{subdomain-authentik}.{domain}/', group: 'authentik' },
  {
    name: 'subdomain-keycloak',
    label: 'Keycloak subdomain',
    kind: 'label',
    default: 'keycloak',
    group: 'keycloak',
    formats: ['regex'],
    help: 'The subdomain of your Keycloak server: {subdomain-keycloak} gives https://{subdomain-keycloak}.{domain}/.',
  },
  {
    name: 'keycloak-realm',
    label: 'Keycloak realm',
    kind: 'pattern',
    pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
    maxLength: 64,
    message: 'Use up to 64 letters, digits, dots, hyphens and underscores, starting with a letter or digit.',
    default: 'myrealm',
    group: 'keycloak',
    help: 'The realm that holds your users and this client. It is part of every Keycloak address: /realms/{keycloak-realm}/.',
  },
  { name: 'keycloak-url', label: 'Keycloak URL', kind: 'computed', template: 'https://{subdomain-keycloak}.{domain}/', group: 'keycloak' },
  {
    name: 'keycloak-issuer',
    label: 'Keycloak issuer',
    kind: 'computed',
    template: 'https://{subdomain-keycloak}.{domain}/realms/{keycloak-realm}',
    group: 'keycloak',
  },
  {
    name: 'subdomain-app',
    label: 'Application subdomain',
    kind: 'label',
    scope: 'guide',
    default: 'app',
    group: 'guide',
    formats: ['regex'],
    help: 'The subdomain this guide’s application is served on. Kept for this guide only.',
  },
  {
    name: 'client-id',
    label: 'Client ID',
    kind: 'token',
    length: 72,
    maxLength: 100,
    default: 'client',
    group: 'guide',
    help: 'The OpenID Connect client ID. Generate one, or paste the one your provider gave you.',
  },
  {
    name: 'client-secret',
    label: 'Client secret',
    kind: 'secret',
    length: 72,
    default: 'insecure_secret',
    group: 'guide',
    help: 'The client secret the application sends. Kept for this tab only and never sent anywhere.',
    digest: {
      name: 'client-secret-digest',
      label: 'Client secret digest',
      default: EXAMPLE_SECRET_DIGEST,
      iterations: 310000,
      help: 'What Authelia stores instead of the secret: PBKDF2-SHA512, computed in your browser.',
    },
  },
];
