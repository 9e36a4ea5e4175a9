// A site made as a stranger makes one: both packages packed as they would be published, the
// starter run from its tarball in a folder outside this repository, the site installed with the
// machine's own Node and npm (not this repository's pinned Node, which once hid that a copied site
// could not start on the machine's older one), built and checked. Used by the adoption test and by
// `npm run check:lowest-astro`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE = path.join(REPOSITORY, 'packages/sitevar-docs');
const STARTER = path.join(REPOSITORY, 'packages/create-sitevar-docs');
/** What one step may take before it counts as hung (an install fetching Node 24 is the longest). */
const STEP_TIMEOUT_MS = 10 * 60_000;
/** Set to keep the temporary folder, to look into a failure. */
const KEEP = process.env['SITEVAR_KEEP_STRANGER_SITE'] === '1';

export interface StrangerSite {
  /** The temporary folder holding the tarballs and the site. */
  readonly work: string;
  /** The new site's folder. */
  readonly site: string;
  /** The Node that ran the starter and npm, as `node --version` says. */
  readonly machineNode: string;
  /** Each step and how long it took, in order. */
  readonly steps: { readonly step: string; readonly seconds: number }[];
  /** Runs a command in the site, as its owner would; fails with its output when it fails. */
  run(step: string, command: string, args: string[]): string;
  /** Serves the built site on 127.0.0.1 on a free port, with the site's own command. */
  serve(): Promise<{ url: string; stop(): Promise<void> }>;
  /** Removes the temporary folder (unless SITEVAR_KEEP_STRANGER_SITE=1). */
  remove(): void;
}

/**
 * The PATH a stranger has: this repository's folders taken off (npm puts its node_modules/.bin
 * first when it runs `npm test`, and with it this repository's Node 24), the rest as it is.
 */
function strangersPath(): string {
  return (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .filter((entry) => entry !== '' && !path.resolve(entry).startsWith(REPOSITORY))
    .join(path.delimiter);
}

/** The environment of a shell outside the repository: nothing npm set for this repository's scripts. */
function strangersEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE' || key === 'NODE_OPTIONS') continue;
    environment[key] = value;
  }
  environment['PATH'] = strangersPath();
  return environment;
}

/** Packs both packages, scaffolds a site with the starter, installs it; `prepare` may edit it first. */
export function makeStrangerSite(options: { log?: (line: string) => void; prepare?: (site: string) => void } = {}): StrangerSite {
  const log = options.log ?? ((line: string) => console.log(line));
  const work = mkdtempSync(path.join(tmpdir(), 'sitevar-stranger-'));
  if (path.resolve(work).startsWith(REPOSITORY)) throw new Error(`the temporary folder ${work} is inside the repository`);
  const site = path.join(work, 'my-docs');
  const environment = strangersEnvironment();
  const steps: { step: string; seconds: number }[] = [];

  function exec(step: string, command: string, args: string[], cwd: string): { stdout: string; output: string } {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd, env: environment, encoding: 'utf8', timeout: STEP_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    steps.push({ step, seconds });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.error || result.status !== 0) {
      const why = result.error ? result.error.message : `exit code ${result.status}`;
      throw new Error(`${step} failed (${why}): ${command} ${args.join(' ')} in ${cwd}\n${output.slice(-8000)}`);
    }
    log(`  ${step}: ${seconds} s`);
    return { stdout: result.stdout, output };
  }

  function pack(folder: string): string {
    const { stdout } = exec(`pack ${path.basename(folder)}`, 'npm', ['pack', '--json', '--pack-destination', work], folder);
    // The prepack script (the engine's build) may print before the JSON array does.
    const [{ filename }] = JSON.parse(stdout.slice(stdout.search(/^\[/m))) as [{ filename: string }];
    return path.join(work, filename);
  }

  function remove(): void {
    if (KEEP) log(`Kept ${work} (SITEVAR_KEEP_STRANGER_SITE=1).`);
    else rmSync(work, { recursive: true, force: true });
  }

  const machineNode = exec('machine Node', 'node', ['--version'], work).stdout.trim();
  log(`A stranger's site in ${work}, with the machine's Node ${machineNode}:`);
  try {
    const engine = pack(ENGINE);
    const starter = pack(STARTER);
    exec('scaffold with the starter', 'npm', ['exec', '--yes', '--package', starter, '--', 'create-sitevar-docs', 'my-docs', '--engine', engine], work);
    options.prepare?.(site);
    exec('npm install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], site);
  } catch (error) {
    remove();
    throw error;
  }

  return {
    work,
    site,
    machineNode,
    steps,
    run: (step, command, args) => exec(step, command, args, site).output,
    async serve() {
      // The site's own command, on the site's own Node (its devDependency), as `npm run preview` runs it.
      const node = path.join(site, 'node_modules/.bin/node');
      const bin = path.join(site, 'node_modules/sitevar-docs/bin/sitevar-docs.mjs');
      const server: ChildProcess = spawn(existsSync(node) ? node : 'node', [bin, 'serve', '--port', '0', '--host', '127.0.0.1'], {
        cwd: site,
        env: environment,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const url = await new Promise<string>((resolve, reject) => {
        let seen = '';
        server.once('error', reject);
        server.once('exit', (code) => reject(new Error(`the site's server stopped (exit code ${code}) before serving`)));
        server.stdout!.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const port = /Serving .* on http:\/\/localhost:(\d+)/.exec(seen)?.[1];
          if (port) resolve(`http://127.0.0.1:${port}/`);
        });
      });
      return {
        url,
        stop: async () => {
          if (server.exitCode !== null) return;
          const exited = new Promise((resolve) => server.once('exit', resolve));
          server.kill();
          await exited;
        },
      };
    },
    remove,
  };
}

/** Sets a dependency of the new site to an exact version (the lowest Astro a release supports, say). */
export function pinDependency(site: string, name: string, version: string): void {
  const file = path.join(site, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string>; overrides?: Record<string, string> };
  manifest.dependencies = { ...manifest.dependencies, [name]: version };
  manifest.overrides = { ...manifest.overrides, [name]: version };
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
