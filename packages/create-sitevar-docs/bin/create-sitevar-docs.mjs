#!/usr/bin/env node
// `npm create sitevar-docs@latest my-docs`: writes a new sitevar-docs site into my-docs/.
// Everything it does is in ../lib (main.mjs first); this file only connects it to the process.
import { main } from '../lib/main.mjs';

process.exitCode = main(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => console.log(text),
  error: (text) => console.error(text),
});
