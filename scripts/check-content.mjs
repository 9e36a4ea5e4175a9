// `npm run check` (content half): runs every content check without building the site.
// The checks are TypeScript modules; Vite's module runner loads them as the build does.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/content-checks/index.ts');
const { module: threads } = await runnerImport('./src/plugins/content-checks-threads.ts');
const started = performance.now();
const problems = await module.checkContent({
  contentDirectory: process.env.SITEVAR_CONTENT_DIR ?? 'content',
  includeDrafts: process.argv.includes('--drafts'),
}, threads.checkGuideFilesInThreads(new URL('../', import.meta.url)));
const elapsed = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(module.formatReport(problems));
  process.exit(1);
}
console.log(`Content checks passed (${elapsed} ms): front matter, site variables, links, components, URLs and code blocks.`);
