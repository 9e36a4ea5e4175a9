// `npm run check:lowest-astro` (not part of npm test: it installs a second Astro): makes a
// stranger's site from the packed packages, as the adoption test does, but with the lowest Astro
// the engine's peer range allows, then builds and checks it. The other end of the range is the one
// this repository's lock file holds, which npm test builds with. `-- 7.4.8` tries another version.
import { readFileSync } from 'node:fs';
import { makeStrangerSite, pinDependency } from '../tests/adoption/stranger-site.ts';

const engine = JSON.parse(readFileSync(new URL('../packages/sitevar-docs/package.json', import.meta.url), 'utf8')) as {
  peerDependencies: { astro: string };
};
const range = engine.peerDependencies.astro;
const lowest = process.argv[2] ?? /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
if (!lowest) throw new Error(`the engine's peer range for astro, "${range}", is not a caret range: say here what its lowest version is`);

console.log(`The engine's peer range for Astro is ${range}: building a new site with Astro ${lowest}.`);
const stranger = makeStrangerSite({ prepare: (site) => pinDependency(site, 'astro', lowest) });
try {
  const installed = stranger.run('installed Astro', 'npm', ['ls', 'astro', '--depth', '0']);
  if (!installed.includes(`astro@${lowest}`)) throw new Error(`the site did not install astro@${lowest}:\n${installed}`);
  stranger.run('npm run build', 'npm', ['run', 'build']);
  stranger.run('npm run check (astro check and sitevar-docs check)', 'npm', ['run', 'check']);
  console.log(`Astro ${lowest}: the starter's site installs, builds and passes its checks (machine Node ${stranger.machineNode}).`);
} finally {
  stranger.remove();
}
