/**
 * Reads a fence's meta string. Both spellings authors use give a title:
 *   ```yaml title="configuration.yml"
 *   ```yaml {title="configuration.yml"}
 */
export function parseCodeMeta(meta: string | undefined): { title?: string; flags: Set<string> } {
  const raw = (meta ?? '').trim().replace(/^\{([\s\S]*)\}$/, '$1');
  const result: { title?: string; flags: Set<string> } = { flags: new Set() };
  const pattern = /([A-Za-z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;
  for (const match of raw.matchAll(pattern)) {
    const [, key, double, single, bare] = match;
    const value = double ?? single ?? bare;
    if (key === 'title' && value !== undefined) result.title = value;
    else if (value === undefined) result.flags.add(key!);
  }
  return result;
}

const LANGUAGE_LABELS: Record<string, string> = {
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  jsonc: 'JSON',
  toml: 'TOML',
  env: 'ENV',
  dotenv: 'ENV',
  shell: 'Shell',
  sh: 'Shell',
  bash: 'Shell',
  shellscript: 'Shell',
  console: 'Console',
  nginx: 'nginx',
  ini: 'INI',
  plaintext: 'Text',
  text: 'Text',
  txt: 'Text',
};

export function languageLabel(lang: string): string {
  return LANGUAGE_LABELS[lang] ?? lang.toUpperCase();
}
