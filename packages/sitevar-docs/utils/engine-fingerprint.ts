import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE = fileURLToPath(new URL('../', import.meta.url));
const SOURCE = /\.(?:ts|js|astro|mjs|css|json)$/;
const NOT_SOURCE = /(?:^|\/)(?:node_modules|tests|fixtures|\.astro)(?:\/|$)|\.test\.ts$/;

let fingerprint: string | undefined;

/**
 * A digest of the engine's own source: what a build keeps from an earlier one (rendered guides)
 * is only reused by the same engine, so an upgrade, or a maintainer's change to a plugin, renders
 * again instead of showing stale pages.
 */
export function engineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  const files = readdirSync(ENGINE, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => SOURCE.test(file) && !NOT_SOURCE.test(file))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(ENGINE, file)))
      .update('\0');
  fingerprint = hash.digest('base64url').slice(0, 16);
  return fingerprint;
}
