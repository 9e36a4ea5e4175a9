import { type ChildProcess, spawn } from 'node:child_process';

/**
 * Serves the built site (npm test builds it first) on a port the system picks, for every test
 * of the run, and stops it when the run ends. The tests reach it through `baseURL`, which
 * Playwright reads from PLAYWRIGHT_TEST_BASE_URL in every worker.
 */
export default async function serveSite(): Promise<() => Promise<void>> {
  const server: ChildProcess = spawn(process.execPath, ['node_modules/sitevar-docs/bin/sitevar-docs.mjs', 'serve', '--host', '127.0.0.1', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`the site server stopped (exit code ${code}): is the site built (npm run build)?\n${output}`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Serving .* on http:\/\/[^:]+:(\d+)\//m.exec(output);
      if (match) resolve(match[1]!);
    });
  });
  process.env.PLAYWRIGHT_TEST_BASE_URL = `http://127.0.0.1:${port}`;
  return async () => {
    server.kill();
    if (server.exitCode === null) await new Promise((resolve) => server.once('exit', resolve));
  };
}
