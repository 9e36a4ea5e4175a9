import path from 'node:path';

/** One thing wrong with the content, where an author can find it. */
export interface Problem {
  /** Path of the file, relative to the project. */
  readonly file: string;
  readonly line: number;
  readonly column?: number | undefined;
  readonly message: string;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** Where a problem is: `file:line:column`, or `file:line` when its column is unknown. */
export function problemPlace(problem: Problem): string {
  return `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
}

/** Every problem of the build, `file:line:column  message`, grouped in file order. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((problem) => problem.file)).size;
  const lines = sorted.map((problem) => `  ${problemPlace(problem)}  ${problem.message}`);
  const heading = `${sorted.length} content problem${sorted.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
  return `${heading}\n${lines.join('\n')}`;
}

export function relativeFile(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
