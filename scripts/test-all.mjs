// `npm test`: checks lint and format (Biome), builds the engine as published (dist/) and checks that
// every import is declared (knip), runs the unit tests (Vitest: the engine's, on its own fixtures,
// the starter's, and this site's) and the type checks, builds this site, the example site and the
// engine's documentation (each with no warning), runs
// the browser tests (Playwright in Chromium), the reader journeys on both sites in Firefox and
// Chromium (puppeteer-core, Vitest) and the adoption test (a stranger's site made from the packed
// packages outside the repository, with a journey in Chromium), prints each runner's summary, how
// long each stage took, and one total, and fails if anything failed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const stages = [];

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  stages.push({ label, seconds: (performance.now() - started) / 1000, status: result.status ?? 1 });
  return result.status ?? 1;
}

/** A build whose output must hold no warning (from the engine, its checks, Astro or Vite): printed, then read. */
function runWithoutWarnings(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const started = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: process.env, maxBuffer: 256 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  const warnings = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
  for (const line of warnings) console.log(`A warning, which this build must not have: ${line.trim()}`);
  const status = result.status === 0 && warnings.length === 0 ? 0 : 1;
  stages.push({ label, seconds: (performance.now() - started) / 1000, status });
  return status;
}

function counts(file, read) {
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const statuses = [];
statuses.push(run('Lint and format (Biome)', npx, ['biome', 'check', '.']));
const engineBuilt = run('Build the engine as published (packages/sitevar-docs/dist)', npm, ['run', '--silent', 'build:engine']);
statuses.push(engineBuilt);
statuses.push(run('Every import declared in its package.json (knip)', npm, ['run', '--silent', 'check:dependencies']));
statuses.push(run('Unit tests (Vitest)', npx, ['vitest', 'run']));
statuses.push(run('Type checks (astro check)', npx, ['astro', 'check']));
statuses.push(runWithoutWarnings('Build the site', npx, ['astro', 'build']));
statuses.push(runWithoutWarnings('Build the example site (examples/gatekeep)', npx, ['astro', 'build', '--root', 'examples/gatekeep']));
statuses.push(runWithoutWarnings("Build the engine's documentation (docs/)", npx, ['astro', 'build', '--root', 'docs']));
if (statuses.every((status) => status === 0)) {
  statuses.push(run('Browser tests (Playwright, Chromium)', npx, ['playwright', 'test']));
  statuses.push(run('Reader journeys (Firefox and Chromium)', npx, ['vitest', 'run', '--config', 'tests/browsers/vitest.config.ts']));
}
if (engineBuilt === 0) {
  statuses.push(
    run("Adoption: a stranger's site from the packed packages (Chromium)", npx, ['playwright', 'test', '--config', 'tests/adoption/playwright.config.ts']),
  );
}

const vitestCounts = (report) => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
  skipped: report.numPendingTests + report.numTodoTests,
});
const unit = counts('test-results/unit.json', vitestCounts);
const journeys = counts('test-results/browsers.json', vitestCounts);
const playwrightCounts = (report) => ({
  passed: report.stats.expected,
  failed: report.stats.unexpected + report.stats.flaky,
  skipped: report.stats.skipped,
});
const e2e = counts('test-results/e2e.json', playwrightCounts);
const adoption = counts('test-results/adoption.json', playwrightCounts);

console.log('\n=== How long each stage took ===');
for (const stage of stages) console.log(`${stage.status === 0 ? 'ok    ' : 'FAILED'} ${stage.seconds.toFixed(1).padStart(7)} s  ${stage.label}`);
const allStages = stages.reduce((sum, stage) => sum + stage.seconds, 0);
console.log(`        ${allStages.toFixed(1).padStart(7)} s  in all`);

console.log('\n=== Summary ===');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, result] of [
  ['unit', unit],
  ['browser', e2e],
  ['journeys', journeys],
  ['adoption', adoption],
]) {
  if (!result) {
    console.log(`${name}: no results (runner did not finish)`);
    total.failed += 1;
    continue;
  }
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += result[key];
}
const failed = statuses.some((status) => status !== 0) || total.failed > 0 || total.passed === 0;
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failed ? 1 : 0);
