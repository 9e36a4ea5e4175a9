import type { Code } from 'mdast';
import { parse as parseToml } from 'smol-toml';
import { visit } from 'unist-util-visit';
import { parseAllDocuments } from 'yaml';
import { renderWithValues, resolvePlaceholders } from '../placeholders/index.ts';
import { stressValueSets } from '../registry/stress-values.ts';
import { namedLines, parseCodeMeta, withoutDeletedLines } from './code-meta.ts';
import type { CheckContext } from './context.ts';
import { parseEnv } from './env-file.ts';
import type { GuideFile } from './guide-files.ts';
import { formatLimit, MAX_VALIDATED_CHARACTERS } from './limits.ts';
import type { Problem } from './problem.ts';
import { duplicateKeyOffsets } from './yaml-structure.ts';

type Language = 'yaml' | 'json' | 'toml' | 'env';

/** A parse failure, with the line inside the block when the parser says. */
interface ParseFailure {
  readonly message: string;
  readonly line?: number | undefined;
}

const LANGUAGES: Record<string, Language> = { yaml: 'yaml', yml: 'yaml', json: 'json', toml: 'toml', env: 'env', dotenv: 'env' };

export function blockLanguage(lang: string | null | undefined, title: string | undefined): Language | undefined {
  if (title?.endsWith('.env')) return 'env';
  return lang ? LANGUAGES[lang.toLowerCase()] : undefined;
}

function jsonLine(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  const line = /line (\d+)/.exec(message);
  return line ? Number(line[1]) : undefined;
}

/** A parser's message as an author can act on it: running out of stack is nesting too deep. */
function readableMessage(message: string): string {
  return message.startsWith('Maximum call stack size exceeded') ? 'it nests too deeply to be read' : message;
}

/** Parses a block's text with a real parser for its language; undefined when it parses. */
export function parseBlock(language: Language, text: string): ParseFailure | undefined {
  try {
    switch (language) {
      case 'yaml': {
        const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
        // Keys twice in a mapping are found in one pass (the library compares each with every other).
        for (const document of parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false })) {
          if (!('errors' in document)) continue;
          const [error] = document.errors;
          if (error) return { message: readableMessage(error.message.split('\n')[0]!), line: lineAt(error.pos[0]) };
          const [duplicate] = duplicateKeyOffsets(document);
          if (duplicate !== undefined) return { message: 'Map keys must be unique', line: lineAt(duplicate) };
        }
        return undefined;
      }
      case 'json':
        JSON.parse(text);
        return undefined;
      case 'toml':
        parseToml(text);
        return undefined;
      case 'env':
        return parseEnv(text);
    }
  } catch (error) {
    const message = readableMessage((error as Error).message.split('\n')[0]!);
    const line = language === 'json' ? jsonLine(text, message) : (error as { line?: number }).line;
    return { message, line };
  }
}

function shortValue(value: string): string {
  return value.length > 24 ? `${value.slice(0, 10)}…${value.slice(-6)} (${value.length} characters)` : value;
}

/**
 * Every YAML, JSON, TOML and env block must parse after substitution, with the defaults and with
 * every set of stress values: what a reader copies must be valid whatever valid values they set.
 */
export function checkCodeBlocks(guide: GuideFile, { registry }: CheckContext, guideDefaults: Readonly<Record<string, string>> = {}): Problem[] {
  const problems: Problem[] = [];
  const valueSets: Record<string, string>[] = [{ ...guideDefaults }, ...stressValueSets(registry)];
  let validated = 0;
  let overBudget = false;
  visit(guide.tree, 'code', (node: Code) => {
    if (overBudget) return;
    const meta = parseCodeMeta(node.meta ?? undefined);
    const fence = { file: guide.file, line: node.position?.start.line ?? 1, column: node.position?.start.column };
    for (const message of meta.problems) problems.push({ ...fence, message: `Code block meta "${node.meta}": ${message}.` });
    const lineCount = node.value.split('\n').length;
    const beyond = [...new Set(namedLines(meta).filter((line) => line > lineCount))].sort((a, b) => a - b);
    if (beyond.length > 0) {
      problems.push({
        ...fence,
        message: `Code block meta "${node.meta}" names line ${beyond[0]}, but the block has ${lineCount} line${lineCount === 1 ? '' : 's'}.`,
      });
    }
    // A block whose meta is wrong is judged once it says what it means.
    if (meta.problems.length > 0 || beyond.length > 0) return;
    const language = blockLanguage(node.lang, meta.title);
    if (!language || meta.flags.has('novalidate')) return;
    const { placeholders, problems: placeholderProblems } = resolvePlaceholders(node.value, registry);
    if (placeholderProblems.length > 0) return; // Reported by the site-variable check.
    const names = [...new Set(placeholders.map((placeholder) => placeholder.name))];
    const fenceLine = node.position?.start.line ?? 1;
    const label = `The ${language === 'env' ? 'env' : language.toUpperCase()} block${meta.title ? ` "${meta.title}"` : ''}`;
    // Sets of values that render the block alike (it has none of their variables) are one try.
    const tried = new Set<string>();
    for (const values of valueSets) {
      // What the reader copies: the block after its change, without the deleted lines.
      const copied = withoutDeletedLines(renderWithValues(node.value, values, registry), meta);
      if (tried.has(copied)) continue;
      tried.add(copied);
      validated += copied.length;
      if (validated > MAX_VALIDATED_CHARACTERS) {
        problems.push({
          ...fence,
          message: `The YAML, JSON, TOML and env blocks of this guide come to more than ${formatLimit(MAX_VALIDATED_CHARACTERS)} characters to check, each block counted once for every set of test values that changes it: the most the check reads for one guide. Split the guide, or mark long excerpts novalidate.`,
        });
        overBudget = true;
        return;
      }
      const failure = parseBlock(language, copied);
      if (!failure) continue;
      const isDefault = values === valueSets[0];
      const shown = names.map((name) => `${name}=${shortValue(values[name] ?? '')}`).join(', ');
      const why = isDefault ? 'with the default values' : `with ${shown}`;
      problems.push({
        file: guide.file,
        line: failure.line ? fenceLine + failure.line : fenceLine,
        column: failure.line ? 1 : node.position?.start.column,
        message: `${label} does not parse ${why}: ${failure.message}${isDefault ? '' : ''} (add novalidate to the fence if the block is deliberately partial).`,
      });
      break;
    }
  });
  return problems;
}
