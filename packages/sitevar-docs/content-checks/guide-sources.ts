import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import { ANCHOR_LENGTH, guideSourcesSchema, SOURCES_FILE_ENDING } from '../schemas/guide-sources.ts';
import { type Problem, relativeFile } from './problem.ts';
import { duplicateKeyOffsets, offsetOf, tooDeeplyNestedOffset } from './yaml-structure.ts';

/*
 * The sources file beside a guide (schemas/guide-sources.ts): valid, and every anchor still in
 * its guide. The file is as hostile as the guide: bounded in size, nesting and aliases, read as
 * data and never shown.
 */

/** A list of a thousand claims with their longest texts fits with room to spare. */
export const MAX_SOURCES_BYTES = 1024 * 1024;

/** `paperless.mdx` → `paperless.sources.yml`, in the same folder. */
export const sourcesFileOf = (guidePath: string): string => guidePath.replace(/\.mdx?$/, SOURCES_FILE_ENDING);

/** Whether a file is a guide's sources file, by its name. */
export const isSourcesFile = (file: string): boolean => file.endsWith(SOURCES_FILE_ENDING);

/** Runs of white space, line breaks included, as one space: anchors survive re-wrapped prose. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ');

const KNOWN_KEYS = { top: ['claims'], claim: ['claim', 'anchor', 'repo', 'ref', 'path', 'at'] } as const;

function messageFor(issue: z.core.$ZodIssue): string {
  const name = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const known = issue.path.length === 0 ? KNOWN_KEYS.top : KNOWN_KEYS.claim;
    return `Unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}${name ? ` in "${name}"` : ''}. Known keys: ${known.join(', ')}.`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `"${name}" is missing: every claim has a claim, an anchor, a repo, a ref and a path.`;
  }
  if (name.endsWith('.anchor') && (issue.code === 'too_small' || issue.code === 'too_big')) {
    return `"${name}" must be ${ANCHOR_LENGTH.min} to ${ANCHOR_LENGTH.max} characters of the guide: a phrase that carries the claim, not a word or a paragraph.`;
  }
  return `"${name || 'claims'}": ${issue.message}`;
}

/**
 * The problems of a sources file's text (`file` names it) against its guide's source: YAML and
 * schema faults where they are, then each anchor the guide no longer contains.
 */
export function sourcesProblems(text: string, file: string, guideSource: string, guideFile: string): Problem[] {
  const lineCounter = new LineCounter();
  const at = (offset: number | undefined) => {
    const { line, col } = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
    return { file, line: Math.max(line, 1), column: col };
  };
  const depthLines = new LineCounter();
  const tooDeep = tooDeeplyNestedOffset(text, depthLines.addNewLine);
  if (tooDeep !== undefined) {
    const { line, col } = depthLines.linePos(tooDeep);
    return [{ file, line, column: col, message: 'A sources file is a list of claims, each a mapping of texts: it nests no deeper.' }];
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const yamlFaults = [
    ...document.errors.map((error) => ({ offset: error.pos[0], message: `Not valid YAML: ${error.message.split('\n')[0]}` })),
    ...duplicateKeyOffsets(document).map((offset) => ({ offset, message: 'This key is here twice: the second would silently win.' })),
  ];
  if (yamlFaults.length > 0) return yamlFaults.map(({ offset, message }) => ({ ...at(offset), message }));
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 }) as unknown;
  } catch {
    return [{ ...at(undefined), message: 'YAML aliases (&name, *name) that expand too far: write the claims out.' }];
  }
  const result = guideSourcesSchema.safeParse(data ?? {});
  // A fault is pointed at its key, or, for a key that is missing, at the claim that lacks it.
  const placeOf = (path: readonly PropertyKey[]) => offsetOf(document, path) ?? offsetOf(document, path.slice(0, -1));
  const faults = result.success ? [] : result.error.issues.map((issue) => ({ ...at(placeOf(issue.path)), message: messageFor(issue) }));
  // Anchors are checked in every claim that has one, whatever else is wrong in the file.
  const claims: unknown[] = Array.isArray((data as { claims?: unknown } | null)?.claims) ? (data as { claims: unknown[] }).claims : [];
  const guideText = collapsed(guideSource);
  const stale = claims.flatMap((entry, index) => {
    const { anchor, claim, repo, ref, path } = (entry ?? {}) as Record<string, unknown>;
    if (typeof anchor !== 'string' || anchor.length < ANCHOR_LENGTH.min || anchor.length > ANCHOR_LENGTH.max) return [];
    if (guideText.includes(collapsed(anchor))) return [];
    const backing = [repo, ref, path].every((part) => typeof part === 'string') ? `Check it against ${repo} at ${ref}, ${path}, then point` : 'Point';
    return [
      {
        ...at(offsetOf(document, ['claims', index, 'anchor'])),
        message: `${guideFile} no longer contains this anchor, so the claim ${typeof claim === 'string' ? `"${claim}" ` : ''}has lost its place. ${backing} the anchor at the text that makes it now, or remove the entry if the guide no longer does.`,
      },
    ];
  });
  return [...faults, ...stale];
}

/** A guide's sources file: its problems, and the guide's own when the site requires one and it is missing. */
export async function checkGuideSources(
  guide: { readonly path: string; readonly file: string; readonly source: string },
  required: boolean,
): Promise<Problem[]> {
  const sourcesPath = sourcesFileOf(guide.path);
  const file = relativeFile(sourcesPath);
  let bytes: Buffer;
  try {
    bytes = await readFile(sourcesPath);
  } catch {
    if (!required) return [];
    return [
      {
        file: guide.file,
        line: 1,
        column: 1,
        message: `This guide has no sources file. Write ${file} beside it, listing each claim the guide makes with the upstream repository, tag and file that back it and a short text of the guide that carries it (the site sets guides.requireSources).`,
      },
    ];
  }
  if (bytes.length > MAX_SOURCES_BYTES) return [{ file, line: 1, column: 1, message: 'This sources file is over 1 MB: list each claim once, briefly.' }];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [{ file, line: 1, column: 1, message: 'This sources file is not valid UTF-8: save it as UTF-8.' }];
  }
  return sourcesProblems(text.replace(/^\uFEFF/, ''), file, guide.source, guide.file);
}

/** Sources files (among `files`, absolute paths) whose guide is not beside them: renamed or removed guides. */
export function orphanSourcesProblems(files: readonly string[], guides: readonly string[]): Problem[] {
  const owners = new Set(guides.map(sourcesFileOf));
  return files
    .filter((file) => isSourcesFile(file) && !owners.has(file))
    .map((file) => ({
      file: relativeFile(file),
      line: 1,
      column: 1,
      message: `No guide is beside this sources file (it would be ${relativeFile(file.slice(0, -SOURCES_FILE_ENDING.length))}.mdx or .md): rename it with its guide, or remove it.`,
    }));
}
