// @ts-check
import { parseArgs } from 'node:util';
import { StarterError } from './errors.mjs';

export const USAGE = `Usage: create-sitevar-docs <directory> [--engine <path to sitevar-docs-X.Y.Z.tgz>]

Writes a new sitevar-docs site into <directory>, which must not exist or be empty.

Options:
  --engine <file>  use this packed engine (npm pack of sitevar-docs) instead of the npm registry:
                   it is copied into the site as vendor/<file name>
  -h, --help       show this help`;

/**
 * What the command line asks for. Throws a StarterError with exit code 2 when it is not a command
 * the starter understands (nothing is written then).
 * @param {string[]} args the arguments after the command's name
 * @returns {{ help: true } | { help: false, directory: string, engine: string | undefined }}
 */
export function parseArguments(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { engine: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs says what is wrong ("Unknown option '--force'"); the usage says what is right.
    throw new StarterError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0 || positionals[0] === '') throw new StarterError(`Say which directory to create the site in.\n\n${USAGE}`, 2);
  if (positionals.length > 1) throw new StarterError(`One directory only, not ${positionals.map((item) => `"${item}"`).join(', ')}.\n\n${USAGE}`, 2);
  if (values.engine === '') throw new StarterError(`--engine needs the path of a .tgz file.\n\n${USAGE}`, 2);
  return { help: false, directory: positionals[0] ?? '', engine: values.engine };
}
