import * as strings from 'virtual:sitevar-docs/ui/form';
import { pbkdf2Digest } from '../credentials/pbkdf2-digest.ts';
import { randomString } from '../credentials/random-string.ts';
import { type SiteVariable, type Validation, validateValue } from '../registry/index.ts';
import { canDigest } from './credentials-support.ts';
import { credentials, setCredentials, setDraftProblem } from './preferences-store.ts';
import { registry } from './registry.ts';

let latestRequest = 0;

function digestOf(secret: string, digestName: string): Promise<string> {
  const digest = registry.get(digestName) as Extract<SiteVariable, { kind: 'digest' }>;
  return pbkdf2Digest(secret, undefined, digest.iterations);
}

/** New random values for every credential the site defines, with their digests, applied together. */
export async function generateCredentials(): Promise<void> {
  const request = ++latestRequest;
  const generated: Record<string, string> = {};
  for (const variable of registry.variables) {
    if (variable.scope !== 'credentials' || (variable.kind !== 'token' && variable.kind !== 'secret')) continue;
    // Redrawn in the rare case the text would not be valid (all digits reads as a number in YAML).
    let value: string;
    do value = randomString(variable.length, variable.alphabet);
    while (!registry.check(variable, value).ok);
    generated[variable.name] = value;
  }
  for (const { secret, digest } of registry.pairs) generated[digest] = await digestOf(generated[secret]!, digest);
  if (request !== latestRequest) return;
  setCredentials(generated);
}

/** The digest computed from a secret, if the secret has one. */
export function digestNameOf(name: string): string | undefined {
  return registry.pairs.find((pair) => pair.secret === name)?.digest;
}

/**
 * Takes a typed credential. A secret with a digest is applied only once its digest is computed,
 * with it, and only if the reader has not typed something newer meanwhile.
 */
export async function submitCredential(name: string, input: string): Promise<Validation | undefined> {
  const variable = registry.get(name);
  if (variable?.scope !== 'credentials') return undefined;
  const digestName = digestNameOf(name);
  const current = credentials.get();
  if (input.trim() === '') {
    setDraftProblem(name, undefined);
    const rest = { ...current };
    delete rest[name];
    if (digestName) delete rest[digestName];
    setCredentials(rest);
    return undefined;
  }
  const result = validateValue(registry, variable, input, strings);
  if (!result.ok) {
    setDraftProblem(name, { text: input, message: result.message });
    return result;
  }
  setDraftProblem(name, undefined);
  if (!digestName) {
    setCredentials({ ...current, [name]: result.value });
    return result;
  }
  if (!canDigest()) return { ok: false, message: strings.noWebcrypto };
  const request = ++latestRequest;
  const digest = await digestOf(result.value, digestName);
  if (request !== latestRequest) return result;
  setCredentials({ ...credentials.get(), [name]: result.value, [digestName]: digest });
  return result;
}
