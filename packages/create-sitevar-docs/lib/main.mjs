// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArguments, USAGE } from './arguments.mjs';
import { checkEngineTarball, checkTarget, createSite, nextSteps } from './create-site.mjs';
import { StarterError } from './errors.mjs';
import { engineRangeOf } from './site-package.mjs';

/** This package's folder: its package.json and template/. */
const STARTER = fileURLToPath(new URL('..', import.meta.url));

/**
 * The whole command: reads the arguments, checks everything, then writes the site.
 * @param {string[]} args the arguments after the command's name
 * @param {{ cwd: string, out: (text: string) => void, error: (text: string) => void, starter?: string }} io
 * @returns {number} the exit code: 0 done, 1 refused or failed, 2 a command line it does not understand
 */
export function main(args, { cwd, out, error, starter = STARTER }) {
  try {
    const command = parseArguments(args);
    if (command.help) {
      out(USAGE);
      return 0;
    }
    const target = path.resolve(cwd, command.directory);
    const engineTarball = command.engine === undefined ? undefined : path.resolve(cwd, command.engine);
    const engineRange = engineRangeOf(JSON.parse(readFileSync(path.join(starter, 'package.json'), 'utf8')));
    checkTarget(target);
    if (engineTarball) checkEngineTarball(engineTarball);
    const site = createSite({ target, templateDirectory: path.join(starter, 'template'), engineRange, engineTarball });
    out(nextSteps(cwd, command.directory, site));
    return 0;
  } catch (problem) {
    if (problem instanceof StarterError) {
      error(`create-sitevar-docs: ${problem.message}`);
      return problem.exitCode;
    }
    error(`create-sitevar-docs: ${problem instanceof Error ? problem.message : String(problem)}`);
    return 1;
  }
}
