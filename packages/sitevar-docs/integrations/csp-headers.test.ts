import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, withoutUnusedHashes, writeSiteHeaders } from './csp-headers.ts';
import { readFinishedPagesInThreads } from './page-checks-threads.ts';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SCRIPT = 'document.documentElement.classList.add("js")';
const UNUSED = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";

function page(policy: string, body = `<script>${SCRIPT}</script>`): string {
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy.replaceAll("'", '&#39;')}"></head><body>${body}</body></html>`;
}

describe('mergePolicies', () => {
  it('keeps every source of every directive once, in the order first seen', () => {
    expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "script-src 'sha256-b' 'self'; style-src 'self'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'",
    );
  });
});

describe('withoutUnusedHashes', () => {
  it('drops the hash sources no page uses and keeps every other source', () => {
    expect(withoutUnusedHashes("script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'", new Set(["'sha256-b'"]))).toBe(
      "script-src 'self' 'sha256-b'; style-src 'self'",
    );
  });
});

describe('headersFile', () => {
  it('adds what only a header can say to the policy, for every path', () => {
    const file = headersFile("default-src 'self'");
    expect(file.startsWith('/*\n')).toBe(true);
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('  Referrer-Policy: no-referrer\n');
  });
});

describe('writeSiteHeaders', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'sitevar-csp-'));
    await mkdir(path.join(root, 'guides', 'a'), { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('trims a hash no page uses from every page and from the header', async () => {
    const policy = `default-src 'self'; script-src 'self' ${hashOf(SCRIPT)} ${UNUSED}`;
    await writeFile(path.join(root, 'index.html'), page(policy));
    await writeFile(path.join(root, 'guides', 'a', 'index.html'), page(policy, '<p>No script here.</p>'));
    await writeSiteHeaders(root, await readFinishedPagesInThreads(root, new URL('file:///')));
    for (const file of ['index.html', path.join('guides', 'a', 'index.html')]) {
      const html = await readFile(path.join(root, file), 'utf8');
      expect(html).toContain(hashOf(SCRIPT).replaceAll("'", '&#39;'));
      expect(html).not.toContain(UNUSED.replaceAll("'", '&#39;'));
    }
    const headers = await readFile(path.join(root, '_headers'), 'utf8');
    expect(headers).toContain(`script-src 'self' ${hashOf(SCRIPT)}; frame-ancestors 'none'`);
    expect(headers).not.toContain(UNUSED);
  });

  it('leaves pages untouched when their policies list only hashes in use', async () => {
    const file = path.join(root, 'index.html');
    const html = page(`default-src 'self'; script-src 'self' ${hashOf(SCRIPT)}`);
    await writeFile(file, html);
    // A page is replaced by a new file renamed over it: the same inode means it was left alone.
    const before = (await stat(file)).ino;
    await writeSiteHeaders(root, await readFinishedPagesInThreads(root, new URL('file:///')));
    expect(await readFile(file, 'utf8')).toBe(html);
    expect((await stat(file)).ino).toBe(before);
    expect(await readFile(path.join(root, '_headers'), 'utf8')).toContain(`script-src 'self' ${hashOf(SCRIPT)}; frame-ancestors 'none'`);
  });
});
