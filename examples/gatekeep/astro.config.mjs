// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitevarDocs from 'sitevar-docs';

// Docs for Gatekeep, a made-up gateway: everything this site is made of is this configuration,
// the guides under content/ and the files under public/. The engine is the sitevar-docs package.
const caddyfile = JSON.parse(readFileSync(new URL('./grammars/caddyfile.tmLanguage.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: 'https://gatekeep.example',
  base: '/docs/',
  outDir: process.env.SITEVAR_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  integrations: [
    sitevarDocs({
      title: 'Gatekeep docs',
      description: 'Install Gatekeep and put it behind your reverse proxy, with every snippet written for your own setup.',
      logo: { src: '/logo.svg', alt: '' },
      customCss: ['./src/styles/gatekeep.css'],
      social: [{ label: 'Source', href: 'https://git.example/gatekeep/gatekeep', icon: 'codeberg' }],
      footer: 'Gatekeep is an example product. Your values stay in your browser.',
      editLink: { baseUrl: 'https://git.example/gatekeep/docs/edit/main/' },
      home: {
        headline: 'Run Gatekeep on your own machines',
        lede: 'Set your host name, port and cluster once: every configuration file in these guides is then written for you.',
        action: 'Set your values',
      },
      sections: [
        { id: 'install', label: 'Install' },
        { id: 'proxy', label: 'Reverse proxy' },
      ],
      variableGroups: [
        { id: 'gateway', label: 'Your gateway' },
        { id: 'proxy', label: 'Reverse proxy', sections: ['proxy'] },
        { id: 'guide', label: 'This guide' },
      ],
      variables: [
        {
          name: 'hostname',
          label: 'Host name',
          kind: 'host',
          default: 'gatekeep.internal',
          group: 'gateway',
          help: 'The name or address other machines reach Gatekeep at.',
        },
        { name: 'port', label: 'Port', kind: 'port', default: 8443, group: 'gateway', help: 'The port Gatekeep listens on.' },
        {
          name: 'cluster',
          label: 'Cluster name',
          kind: 'pattern',
          pattern: '^[a-z][a-z0-9]{2,15}$',
          maxLength: 16,
          message: 'A cluster name is 3 to 16 lower-case letters and digits, starting with a letter.',
          default: 'main',
          group: 'gateway',
          help: 'Names this Gatekeep cluster in its logs and metrics: {cluster}.',
        },
        {
          name: 'audit',
          label: 'Audit log',
          kind: 'boolean',
          default: true,
          text: { false: 'off', true: 'on' },
          group: 'gateway',
          help: 'Whether Gatekeep writes every decision to its audit log.',
        },
        { name: 'public-url', label: 'Gatekeep address', kind: 'computed', template: 'https://{hostname}:{port}/', group: 'gateway' },
        {
          name: 'proxy',
          label: 'Reverse proxy',
          kind: 'select',
          options: [
            { value: 'nginx', label: 'nginx' },
            { value: 'caddy', label: 'Caddy' },
            { value: 'traefik', label: 'Traefik' },
          ],
          default: 'nginx',
          group: 'proxy',
          help: 'The proxy in front of Gatekeep.',
        },
        {
          name: 'api-token',
          label: 'API token',
          kind: 'secret',
          length: 48,
          minLength: 24,
          default: 'example_token_replace_me_0123',
          group: 'guide',
          help: 'The token the guide’s tools use to talk to Gatekeep. Kept for this tab only.',
        },
      ],
      markdown: { languages: [caddyfile] },
      ui: {
        generate: 'Generate a token',
        generateAgain: 'Generate a new token',
        forget: 'Forget the token',
        credentialsWarning: 'The token on this page is a public example: generate your own before you copy anything.',
      },
    }),
  ],
});
