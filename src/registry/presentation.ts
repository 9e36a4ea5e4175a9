import type { VariableGroup } from './variables';

/*
 * How the preferences form presents each variable: the sentence under its field and the group
 * it is listed in. Kept apart from the definitions because only the build renders the form:
 * the browser runtime never loads this text.
 */

export const GROUP_LABELS: Record<VariableGroup, string> = {
  site: 'Your site',
  authelia: 'Authelia',
  authentik: 'authentik',
  guide: 'This guide',
};

/** The group each variable is listed under, in this order. */
export const VARIABLE_GROUPS: Readonly<Record<string, VariableGroup>> = {
  'domain': 'site',
  'subdomain-authelia': 'authelia',
  'host': 'authelia',
  'port': 'authelia',
  'tls': 'authelia',
  'subdomain-authentik': 'authentik',
  'authentik-slug': 'authentik',
  'subdomain-app': 'guide',
  'client-id': 'guide',
  'client-secret': 'guide',
  'client-secret-digest': 'guide',
};

/** The sentence under each variable's field. */
export const VARIABLE_HELP: Readonly<Record<string, string>> = {
  'domain':
    'The public domain your services live under, such as example.com. Internationalised names are converted to punycode.',
  'subdomain-authelia':
    'The subdomain of the Authelia portal: auth gives https://auth.example.com/.',
  'host':
    'The host name or IP address Authelia listens on, as other containers reach it.',
  'port':
    'The port Authelia listens on, from 1 to 65535.',
  'tls':
    'Whether Authelia’s own listener serves TLS (https) rather than plain http.',
  'subdomain-authentik':
    'The subdomain of your authentik server: authentik gives https://authentik.example.com/.',
  'authentik-slug':
    'The slug of the application you create in authentik; it appears in the provider’s URLs.',
  'subdomain-app':
    'The subdomain this guide’s application is served on. Kept for this guide only.',
  'client-id':
    'The OpenID Connect client ID. Generate one, or paste the one your provider gave you.',
  'client-secret':
    'The client secret the application sends. Kept for this tab only and never sent anywhere.',
  'client-secret-digest':
    'What Authelia stores instead of the secret: PBKDF2-SHA512, computed in your browser.',
};
