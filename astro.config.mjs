// @ts-check
import { defineConfig } from 'astro/config';
import sitevarDocs from 'sitevar-docs';
import { variableGroups, variables } from './sitevars.config.mjs';

// This site: OpenID Connect integration guides. Everything it is made of is the configuration
// below and the guides under content/; the engine is the sitevar-docs package.
export default defineConfig({
  site: 'https://sitevar-docs.example',
  // Tests build fixture copies side by side; everyone else builds to dist/.
  outDir: process.env.SITEVAR_OUT_DIR ?? './dist',
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  integrations: [
    sitevarDocs({
      title: 'sitevar docs',
      description: 'Step-by-step guides to connect self-hosted applications to Authelia, authentik and Keycloak, with code that fills in your own domain.',
      contentDirectory: process.env.SITEVAR_CONTENT_DIR ?? 'content',
      footer: 'Values you enter stay in your browser. Guides are examples: read them before you deploy.',
      home: {
        headline: 'Single sign-on guides that speak your domain',
        lede: 'Connect self-hosted applications to your OpenID Connect provider. Set your domain once and every snippet on every guide is written for your setup, ready to copy.',
        action: 'Set your domain',
      },
      // Every guide lists its claims and their upstream files beside it (<guide>.sources.yml).
      guides: { base: '/guides/', title: '{title} with {section}', kicker: '{section} · OpenID Connect', requireSources: true },
      sections: [
        { id: 'authelia', label: 'Authelia' },
        { id: 'authentik', label: 'authentik' },
        { id: 'keycloak', label: 'Keycloak' },
      ],
      variableGroups,
      variables,
      guideComponents: {
        OidcCommon: { entrypoint: './src/components/OidcCommon.astro', anchors: ['before-you-begin'] },
      },
      ui: {
        sectionSwitchLabel: 'Provider:',
        sectionSwitchName: 'Identity provider',
        relatedSameGuide: 'the same application, another provider',
        credentialsWarning: 'The client ID and secret on this page are public examples. Generate your own before you copy the configuration.',
        generate: 'Generate client credentials',
        generating: 'Generating a client ID and secret, and computing the digest (PBKDF2-SHA512, {iterations} rounds)…',
        noscript: 'The code on this page shows example values. Turn on JavaScript to fill in your own domain and subdomains; they would stay in your browser.',
      },
    }),
  ],
});
