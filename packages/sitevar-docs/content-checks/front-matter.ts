import type { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { didYouMean } from '../placeholders/index.ts';
import { type GuideData, guideKeys } from '../schemas/guide.ts';
import { aliasSiteProblem } from './aliases.ts';
import type { CheckContext } from './context.ts';
import type { GuideFile } from './guide-files.ts';
import { MAX_NESTING_DEPTH } from './limits.ts';
import type { Problem } from './problem.ts';
import { duplicateKeyOffsets, offsetOf, tooDeeplyNestedOffset } from './yaml-structure.ts';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text "${value}"` : `${typeof value === 'object' ? 'a mapping' : String(value)}`;
}

function messageFor(issue: z.core.$ZodIssue, data: unknown, keys: ReturnType<typeof guideKeys>): { message: string; key?: string } {
  const name = issue.path.map(String).join('.');
  let value: unknown = data;
  for (const part of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  if (issue.code === 'unrecognized_keys') {
    const known = issue.path.length === 0 ? keys.top : (keys.nested[String(issue.path[0])] ?? []);
    const [key] = issue.keys;
    const where = issue.path.length ? ` under "${name}"` : '';
    const suggestion = key ? didYouMean(key, known) : undefined;
    const messages = issue.keys.map((unknownKey) => `Unknown front matter key "${unknownKey}"${where}.`);
    return {
      message: `${messages.join(' ')}${suggestion ? ` Did you mean "${suggestion}"?` : ''} Known keys: ${known.join(', ')}.`,
      ...(key ? { key } : {}),
    };
  }
  if (value === undefined && issue.code === 'invalid_type') {
    return { message: `The front matter has no "${name}", which every guide needs.` };
  }
  if (issue.path.at(-1) === 'date') {
    return { message: `"date" is not a date: ${describe(value)}. Write 2024-04-13 or 2024-04-13T13:46:05+10:00.` };
  }
  if (issue.code === 'invalid_type') {
    return { message: `"${name}" must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describe(value)}.` };
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return { message: `"${name}" must be one of ${issue.values.map((option) => `"${String(option)}"`).join(', ')}, not ${describe(value)}.` };
  }
  return { message: `"${name}": ${issue.message}` };
}

/** Validates a guide's front matter against the schema, pointing each problem at its line. */
export function checkFrontMatter(guide: GuideFile, { schema, site }: CheckContext): { problems: Problem[]; data?: GuideData } {
  if (!guide.frontMatter) {
    return { problems: [{ file: guide.file, line: 1, message: 'The guide has no front matter: start it with --- and a title and description.' }] };
  }
  const { text, firstLine } = guide.frontMatter;
  const at = (lineCounter: LineCounter, offset: number | undefined) => {
    const position = offset === undefined ? { line: 0, col: 1 } : lineCounter.linePos(offset);
    return { line: firstLine + Math.max(position.line, 1) - 1, column: position.col };
  };
  // Composing a document recurses: nesting that no front matter needs stops before it.
  const depthLines = new LineCounter();
  const tooDeep = tooDeeplyNestedOffset(text, depthLines.addNewLine);
  if (tooDeep !== undefined) {
    const message = `The front matter nests lists and mappings more than ${MAX_NESTING_DEPTH} levels deep, the most it may: its settings are two levels deep at most.`;
    return { problems: [{ file: guide.file, ...at(depthLines, tooDeep), message }] };
  }
  const lineCounter = new LineCounter();
  // Duplicate keys are errors: the second would silently win. (Found in one pass: the library
  // compares each key with every other.)
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const errors = [
    ...document.errors.map((error) => ({ offset: error.pos[0], message: `The front matter is not valid YAML: ${error.message.split('\n')[0]}` })),
    ...duplicateKeyOffsets(document).map((offset) => ({ offset, message: 'The front matter has this key twice: Map keys must be unique' })),
  ];
  if (errors.length > 0) return { problems: errors.map(({ offset, message }) => ({ file: guide.file, ...at(lineCounter, offset), message })) };
  let data: unknown;
  try {
    // Aliases that expand without bound (a "billion laughs") stop here, not in the build.
    data = document.toJS({ maxAliasCount: 50 }) as unknown;
  } catch {
    return {
      problems: [
        {
          file: guide.file,
          line: firstLine,
          column: 1,
          message: 'The front matter uses YAML aliases (&name, *name) that expand too far: write the values out.',
        },
      ],
    };
  }
  const result = schema.safeParse(data ?? {});
  if (result.success) {
    // What an alias may be depends on the site too: its own files, and where guides are.
    const aliasProblems = (result.data.aliases ?? []).flatMap((alias, index) => {
      const problem = aliasSiteProblem(alias, { guidesBase: site.guidesBase, publicFiles: site.publicFiles });
      const place = offsetOf(document, ['aliases', index]);
      return problem
        ? [
            {
              file: guide.file,
              ...(place === undefined ? { line: firstLine - 1, column: 1 } : at(lineCounter, place)),
              message: `"aliases.${index}": ${problem}`,
            },
          ]
        : [];
    });
    return aliasProblems.length > 0 ? { problems: aliasProblems } : { problems: [], data: result.data };
  }
  return {
    problems: result.error.issues.map((issue) => {
      const { message, key } = messageFor(issue, data, guideKeys(schema));
      const place = offsetOf(document, issue.path, key);
      return { file: guide.file, ...(place === undefined ? { line: firstLine - 1, column: 1 } : at(lineCounter, place)), message };
    }),
  };
}
