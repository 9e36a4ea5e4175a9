#!/usr/bin/env node
// The engine's command line, run in a site's folder:
//   sitevar-docs check [--drafts]   every content check, without building (a couple of seconds)
//   sitevar-docs serve [--port 4321] [--root dist] [--base /]   serve the built site with its CSP
//     [--host 127.0.0.1] [--headers-timeout 10000] [--request-timeout 30000]   (timeouts in ms)
const [command] = process.argv.slice(2);

if (command === 'serve') {
  await import('./serve.mjs');
} else if (command === 'check') {
  const { check } = await import('./check.mjs');
  process.exitCode = await check({ includeDrafts: process.argv.includes('--drafts') });
} else {
  console.error(
    'Usage: sitevar-docs check [--drafts] | sitevar-docs serve [--port N] [--host H] [--root dist] [--base /] [--headers-timeout MS] [--request-timeout MS]',
  );
  process.exitCode = 2;
}
