import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const PORT = Number(process.env.JOURNEYS_PORT ?? 4323);

/** Serves the built site on 127.0.0.1 for the journeys, and stops it when they end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`the site server stopped (exit code ${code}): is the site built (npm run build)?`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) resolve();
    });
  });
  project.provide('baseURL', `http://127.0.0.1:${PORT}`);
  return async () => {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
  };
}
