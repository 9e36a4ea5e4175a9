import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The date of the latest commit of every file under `directory`, by path relative to the
 * project: one `git log` for the whole site, not one per guide. Empty where git is not there
 * (a tarball, a build without history), so dates are simply left out.
 */
export async function lastCommitDates(root: URL, directory: string): Promise<Record<string, string>> {
  const cwd = fileURLToPath(root);
  let output: string;
  try {
    ({ stdout: output } = await run('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', directory], { cwd, maxBuffer: 256 * 1024 * 1024 }));
  } catch {
    return {};
  }
  const dates: Record<string, string> = {};
  for (const commit of output.split('\0').slice(1)) {
    const [date, ...files] = commit.trim().split('\n');
    // The log is newest first: the first date met for a file is its latest.
    for (const file of files) if (file && !(path.normalize(file) in dates)) dates[path.normalize(file)] = date!;
  }
  return dates;
}
