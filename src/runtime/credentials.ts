import { pbkdf2Digest } from '../credentials/pbkdf2-digest';
import { randomString } from '../credentials/random-string';
import { getVariable, validateValue, type Validation } from '../registry';
import { canDigest, NO_WEBCRYPTO } from './credentials-support';
import { credentials, setCredentials, setDraftProblem } from './preferences-store';

export const CREDENTIAL_LENGTH = 72;

let latestRequest = 0;

/** A new random client ID and secret, and the secret's digest, applied together when all are ready. */
export async function generateCredentials(): Promise<void> {
  const request = ++latestRequest;
  const secret = randomString(CREDENTIAL_LENGTH);
  const id = randomString(CREDENTIAL_LENGTH);
  const digest = await pbkdf2Digest(secret);
  if (request !== latestRequest) return;
  setCredentials({ 'client-id': id, 'client-secret': secret, 'client-secret-digest': digest });
}

/**
 * Takes a typed client ID or secret. A secret is applied only once its digest is computed, with
 * it, and only if the reader has not typed something newer meanwhile.
 */
export async function submitCredential(name: 'client-id' | 'client-secret', input: string): Promise<Validation | undefined> {
  const variable = getVariable(name)!;
  const current = credentials.get();
  if (input.trim() === '') {
    setDraftProblem(name, undefined);
    const { [name]: _removed, ...rest } = current;
    setCredentials(name === 'client-secret' ? { ...rest, 'client-secret-digest': '' } : rest);
    return undefined;
  }
  const result = validateValue(variable, input);
  if (!result.ok) {
    setDraftProblem(name, { text: input, message: result.message });
    return result;
  }
  setDraftProblem(name, undefined);
  if (name === 'client-id') {
    setCredentials({ ...current, 'client-id': result.value });
    return result;
  }
  if (!canDigest()) return { ok: false, message: NO_WEBCRYPTO };
  const request = ++latestRequest;
  const digest = await pbkdf2Digest(result.value);
  if (request !== latestRequest) return result;
  setCredentials({ ...credentials.get(), 'client-secret': result.value, 'client-secret-digest': digest });
  return result;
}
