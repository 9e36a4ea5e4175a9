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

const SERVE = 'node_modules/sitevar-docs/bin/sitevar-docs.mjs';

/** Serves a built site on 127.0.0.1, on a port the system picks, until stopped; fails when it is not built. */
async function serve(args: string[]): Promise<{ server: ChildProcess; origin: string }> {
  const server = spawn(process.execPath, [SERVE, 'serve', '--host', '127.0.0.1', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`the site server stopped (exit code ${code}): is the site built (npm run build)?`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Serving .* on http:\/\/[^:]+:(\d+)\//m.exec(output);
      if (match) resolve(match[1]!);
    });
  });
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Serves this site, the example site and the engine's documentation for the journeys, and stops them when they end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await serve([]);
  const example = await serve(['--root', 'examples/gatekeep/dist', '--base', '/docs/']);
  const docs = await serve(['--root', 'docs/dist']);
  project.provide('baseURL', site.origin);
  project.provide('exampleURL', `${example.origin}/docs/`);
  project.provide('docsURL', `${docs.origin}/`);
  return async () => {
    for (const { server } of [site, example, docs]) {
      server.kill();
      if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
    }
  };
}
