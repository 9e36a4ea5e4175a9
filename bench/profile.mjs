// `npm run bench:profile`: where a cold build's time goes. Builds a generated corpus (500 guides
// unless `--guides N`) with every cache removed, under V8's CPU profiler in the main thread and
// in each worker thread, and adds up the time spent in each part: the engine's folders, each
// package, Node itself, and the garbage collector. Prints a table and writes it under
// bench/results/ (profile-<time>.md), so a change to the build can be compared with before.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateGuides } from './generate-guides.mjs';

const { values: options } = parseArgs({ options: { guides: { type: 'string', default: '500' }, top: { type: 'string', default: '24' } } });
const count = Number(options.guides);
const WORK = path.resolve('bench/.work-profile');
const PROFILES = path.join(WORK, 'profiles');

/** What part of the build a function belongs to, by the file it is in (V8's own entries by name: idle, program). */
export function partOf(url, functionName = '') {
  if (functionName === '(idle)') return 'idle (a thread waiting)';
  if (!url) return 'V8 (compiling, natives)';
  if (url.startsWith('node:')) return 'Node.js';
  const file = url.replace(/^file:\/\//, '');
  // The engine's worker threads run a bundle of their modules (integrations/worker-bundle.ts).
  if (file.includes('/node_modules/.cache/')) return 'sitevar-docs: worker bundles';
  if (file.includes('/.astro/')) return 'Astro’s cache folder';
  const engine = /\/(?:packages|node_modules)\/sitevar-docs\/(?:dist\/)?([^/]+)\//.exec(file);
  if (engine) return `sitevar-docs: ${engine[1]}/`;
  const packageName = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (packageName) return packageName[1];
  if (file.includes('/dist/')) return 'the site’s compiled modules';
  return 'other';
}

/** Milliseconds of self time per part in one .cpuprofile. */
export function selfTimeByPart(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byPart = new Map();
  for (let index = 0; index < profile.samples.length; index++) {
    const node = nodes.get(profile.samples[index]);
    const frame = node?.callFrame;
    const part = frame?.functionName === '(garbage collector)' ? 'garbage collection' : partOf(frame?.url, frame?.functionName);
    byPart.set(part, (byPart.get(part) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  }
  return byPart;
}

async function main() {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(PROFILES, { recursive: true });
  const content = path.join(WORK, 'content');
  generateGuides(content, count);
  for (const cache of ['.astro', 'node_modules/.astro']) rmSync(cache, { recursive: true, force: true });
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${PROFILES}`, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
      env: { ...process.env, SITEVAR_CONTENT_DIR: content, SITEVAR_OUT_DIR: path.join(WORK, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (exit code ${code})`))));
  });
  const wall = (performance.now() - started) / 1000;
  const files = readdirSync(PROFILES).filter((file) => file.endsWith('.cpuprofile'));
  // Node names each thread's profile CPU.<date>.<pid>.<thread id>.<n>.cpuprofile: thread 0 is the main one.
  const isMain = (file) => file.split('.').at(-3) === '0';
  const parts = new Map();
  for (const file of files) {
    const column = isMain(file) ? 'main' : 'workers';
    for (const [part, time] of selfTimeByPart(JSON.parse(readFileSync(path.join(PROFILES, file), 'utf8')))) {
      const entry = parts.get(part) ?? { main: 0, workers: 0 };
      entry[column] += time;
      parts.set(part, entry);
    }
  }
  const IDLE = partOf('', '(idle)');
  const busy = [...parts].filter(([part]) => part !== IDLE);
  const sum = busy.reduce((total, [, { main, workers }]) => total + main + workers, 0);
  const seconds = (time) => `${(time / 1000).toFixed(2)} s`;
  const rows = busy.sort((a, b) => b[1].main + b[1].workers - (a[1].main + a[1].workers)).slice(0, Number(options.top));
  const idle = parts.get(IDLE) ?? { main: 0, workers: 0 };
  const table = [
    `# Where a cold build's time goes: ${count} guides`,
    '',
    `${new Date().toISOString()}, ${cpus().length} cores, Node ${process.version}. Wall time ${wall.toFixed(1)} s; ${(sum / 1000).toFixed(1)} s busy over ${files.length} threads (the main one and ${files.length - 1} workers), and ${seconds(idle.main)} idle in the main thread, ${seconds(idle.workers)} in the workers. Self time: the time spent in a part's own code, not in what it calls.`,
    '',
    '| part | main thread | worker threads | share of busy time |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([part, { main, workers }]) => `| ${part} | ${seconds(main)} | ${seconds(workers)} | ${(((main + workers) / sum) * 100).toFixed(1)} % |`),
    '',
  ].join('\n');
  console.log(table);
  mkdirSync('bench/results', { recursive: true });
  const out = `bench/results/profile-${new Date().toISOString().replace(/[:.]/g, '-')}.md`;
  writeFileSync(out, table);
  console.log(`Written to ${out}`);
  rmSync(WORK, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
