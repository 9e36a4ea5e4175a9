#!/usr/bin/env node
// The engine's command line, run in a site's folder:
//   sitevar-docs check [--drafts]   every content check, without building (a couple of seconds)
//   sitevar-docs serve [--port 4321] [--root dist] [--base /]   serve the built site with its CSP
const [command] = process.argv.slice(2);

if (command === 'serve') {
  await import('./serve.mjs');
} else if (command === 'check') {
  const { check } = await import('./check.mjs');
  process.exitCode = await check({ includeDrafts: process.argv.includes('--drafts') });
} else {
  console.error('Usage: sitevar-docs check [--drafts] | sitevar-docs serve [--port N] [--root dist] [--base /]');
  process.exitCode = 2;
}
