// @ts-check
import { defineConfig } from 'astro/config';
import sitevarDocs from 'sitevar-docs';

// The whole site is this configuration, the guides under content/guides/ and the files under
// public/. "Acme app" is a placeholder: put your own product's name, texts and variables here.
export default defineConfig({
  // Where the site will be published: canonical links, the sitemap and social metadata use it.
  site: 'https://docs.example.com',
  integrations: [
    sitevarDocs({
      title: 'Acme app docs',
      description: 'Run Acme app and put it behind a reverse proxy, with every snippet written for your own setup.',
      footer: 'Acme app is a placeholder name. The values you enter stay in your browser.',
      home: {
        headline: 'Run Acme app on your own server',
        lede: 'Set your domain and port once: every configuration file in these guides is then written for you, ready to copy.',
        action: 'Set your values',
      },
      // One entry per folder under content/guides/, in sidebar order.
      sections: [{ id: 'install', label: 'Install' }],
      // The fieldsets of the preferences form readers fill in.
      variableGroups: [{ id: 'server', label: 'Your server' }],
      // What guides can write as {{< sitevar name="…" >}}. Every value a reader enters is checked
      // against its kind, so it is always valid where the guides put it.
      variables: [
        {
          name: 'domain',
          label: 'Domain',
          kind: 'domain',
          // A domain default is marked as an example: copying a block that still has it says so.
          default: 'acme.example.com',
          group: 'server',
          help: 'The public name readers of your site reach Acme app at.',
        },
        { name: 'port', label: 'Port', kind: 'port', default: 8080, group: 'server', help: 'The port Acme app listens on, on its own machine.' },
        {
          name: 'log-level',
          label: 'Log level',
          kind: 'select',
          options: ['debug', 'info', 'warn', 'error'],
          default: 'info',
          group: 'server',
          help: 'How much Acme app writes to its log.',
        },
        // Built from the others, never typed: it follows the domain as the reader changes it.
        { name: 'public-url', label: 'Public address', kind: 'computed', template: 'https://{domain}/', group: 'server' },
      ],
    }),
  ],
});
