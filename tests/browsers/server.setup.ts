import { type ChildProcess, spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This site, built in dist/. */
    baseURL: string;
    /** The example site (examples/gatekeep), built for /docs/. */
    exampleURL: string;
    /** The engine's documentation (docs/), a site made with the engine. */
    docsURL: string;
  }
}

const PORT = Number(process.env.JOURNEYS_PORT ?? 4323);
const SERVE = 'node_modules/sitevar-docs/bin/sitevar-docs.mjs';

/** Serves a built site on 127.0.0.1 until stopped; fails when it is not built. */
async function serve(args: string[]): Promise<ChildProcess> {
  const server = spawn(process.execPath, [SERVE, 'serve', '--host', '127.0.0.1', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`the site server stopped (exit code ${code}): is the site built (npm run build)?`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) resolve();
    });
  });
  return server;
}

/** Serves this site, the example site and the engine's documentation for the journeys, and stops them when they end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers = [
    await serve(['--port', String(PORT)]),
    await serve(['--port', String(PORT + 1), '--root', 'examples/gatekeep/dist', '--base', '/docs/']),
    await serve(['--port', String(PORT + 2), '--root', 'docs/dist']),
  ];
  project.provide('baseURL', `http://127.0.0.1:${PORT}`);
  project.provide('exampleURL', `http://127.0.0.1:${PORT + 1}/docs/`);
  project.provide('docsURL', `http://127.0.0.1:${PORT + 2}/`);
  return async () => {
    for (const server of servers) {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
    }
  };
}
