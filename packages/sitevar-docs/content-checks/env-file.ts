import { parse as parseDotenv } from 'dotenv';

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=/;

/**
 * Checks an env file: every line is a comment, blank or KEY=value, and a value that is JSON
 * (as Paperless-ngx's PAPERLESS_SOCIALACCOUNT_PROVIDERS is) parses as JSON.
 */
export function parseEnv(text: string): { message: string; line: number } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!ASSIGNMENT.test(line)) return { message: `expected KEY=value, found "${line.slice(0, 40)}"`, line: index + 1 };
  }
  const values = parseDotenv(text);
  for (const [key, value] of Object.entries(values)) {
    if (!/^\s*[[{]/.test(value)) continue;
    try {
      JSON.parse(value);
    } catch (error) {
      const line = lines.findIndex((candidate) => ASSIGNMENT.exec(candidate)?.[1] === key) + 1;
      return { message: `the JSON value of ${key} does not parse: ${(error as Error).message}`, line };
    }
  }
  return undefined;
}
