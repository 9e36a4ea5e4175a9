import { describe, expect, it } from 'vitest';
import { parseArguments, USAGE } from './arguments.mjs';
import { StarterError } from './errors.mjs';

function failure(args: string[]) {
  try {
    parseArguments(args);
  } catch (error) {
    expect(error).toBeInstanceOf(StarterError);
    return error as StarterError;
  }
  throw new Error(`${JSON.stringify(args)} was accepted`);
}

describe('parseArguments', () => {
  it('takes a directory, and an engine tarball', () => {
    expect(parseArguments(['my-docs'])).toEqual({ help: false, directory: 'my-docs', engine: undefined });
    expect(parseArguments(['my-docs', '--engine', './sitevar-docs-0.3.0.tgz'])).toEqual({
      help: false,
      directory: 'my-docs',
      engine: './sitevar-docs-0.3.0.tgz',
    });
    expect(parseArguments(['--engine=e.tgz', 'my-docs'])).toEqual({ help: false, directory: 'my-docs', engine: 'e.tgz' });
    expect(parseArguments(['--', '-odd-name'])).toEqual({ help: false, directory: '-odd-name', engine: undefined });
  });

  it('answers --help and -h, whatever else is there', () => {
    expect(parseArguments(['--help'])).toEqual({ help: true });
    expect(parseArguments(['-h', 'my-docs'])).toEqual({ help: true });
  });

  it('asks for the directory with the usage, exit code 2', () => {
    for (const args of [[], ['']]) {
      const error = failure(args);
      expect(error.exitCode).toBe(2);
      expect(error.message).toContain('directory');
      expect(error.message).toContain(USAGE);
    }
  });

  it('refuses unknown options, a second directory and an empty --engine, exit code 2', () => {
    expect(failure(['my-docs', '--force']).message).toMatch(/Unknown option '--force'/);
    expect(failure(['my-docs', '-y']).exitCode).toBe(2);
    expect(failure(['my-docs', '--help=yes']).exitCode).toBe(2);
    expect(failure(['my-docs', '--engine']).message).toMatch(/--engine/);
    expect(failure(['my-docs', '--engine', '']).exitCode).toBe(2);
    expect(failure(['one', 'two']).message).toContain('One directory only');
  });
});
