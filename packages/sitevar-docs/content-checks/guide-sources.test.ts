import { describe, expect, it } from 'vitest';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { sourcesFileOf, sourcesProblems } from './guide-sources.ts';
import { checkContent, type Problem } from './index.ts';

const FIXTURE = 'packages/sitevar-docs/content-checks/fixtures/guide-sources';
const GUIDES = `${FIXTURE}/guides/`;

/** `file:line:column  message`, relative to the fixture's guides folder. */
const lines = (problems: readonly Problem[]) =>
  problems.map((problem) => `${problem.file.replace(GUIDES, '')}:${problem.line}:${problem.column}  ${problem.message}`);

const checked = (requireSources: boolean) => checkContent({ contentDirectory: FIXTURE, includeDrafts: false, site: { ...site, requireSources } });

describe("a guide's sources file", () => {
  it('is named like its guide', () => {
    expect(sourcesFileOf('/site/content/guides/authelia/paperless.mdx')).toBe('/site/content/guides/authelia/paperless.sources.yml');
    expect(sourcesFileOf('/site/content/guides/authelia/paperless.md')).toBe('/site/content/guides/authelia/paperless.sources.yml');
  });

  it('reports stale anchors, schema faults, broken YAML, hostile YAML and orphans at their places', async () => {
    expect(lines(await checked(false))).toEqual([
      'a/aliases.sources.yml:1:1  YAML aliases (&name, *name) that expand too far: write the claims out.',
      'a/broken.sources.yml:4:1  Not valid YAML: Missing closing "quote',
      'a/deep.sources.yml:1:40  A sources file is a list of claims, each a mapping of texts: it nests no deeper.',
      'a/orphan.sources.yml:1:1  No guide is beside this sources file (it would be packages/sitevar-docs/content-checks/fixtures/guide-sources/guides/a/orphan.mdx or .md): rename it with its guide, or remove it.',
      `a/stale.sources.yml:3:5  ${GUIDES}a/stale.mdx no longer contains this anchor, so the claim "Releases up to 2.7.2 sent the callback without oidc/." has lost its place. Check it against paperless-ngx/paperless-ngx at v2.7.2, Pipfile.lock, then point the anchor at the text that makes it now, or remove the entry if the guide no longer does.`,
      'a/stale.sources.yml:7:5  Unknown key "where" in "claims.1". Known keys: claim, anchor, repo, ref, path, at.',
      'a/stale.sources.yml:9:5  "claims.1.repo": a GitHub repository as owner/name, like paperless-ngx/paperless-ngx',
      'a/stale.sources.yml:11:5  "claims.1.path": a path inside the repository, like src/paperless/settings.py, without a leading / or .. segments',
      'a/stale.sources.yml:13:5  "claims.2.ref" is missing: every claim has a claim, an anchor, a repo, a ref and a path.',
      'a/stale.sources.yml:14:5  "claims.2.anchor" must be 12 to 160 characters of the guide: a phrase that carries the claim, not a word or a paragraph.',
      'a/stale.sources.yml:16:5  "claims.2.path": a path inside the repository, like src/paperless/settings.py, without a leading / or .. segments',
    ]);
  });

  it('is required of every guide when the site says so, and only then', async () => {
    const missing = (problems: readonly Problem[]) => lines(problems).filter((line) => line.includes('has no sources file'));
    expect(missing(await checked(false))).toEqual([]);
    expect(missing(await checked(true))).toEqual([
      `a/unsourced.mdx:1:1  This guide has no sources file. Write ${GUIDES}a/unsourced.sources.yml beside it, listing each claim the guide makes with the upstream repository, tag and file that back it and a short text of the guide that carries it (the site sets guides.requireSources).`,
    ]);
  });

  it('finds an anchor however the guide wraps it, and not a different text', () => {
    const entry = (anchor: string) =>
      `claims:\n  - claim: A claim long enough.\n    anchor: ${JSON.stringify(anchor)}\n    repo: o/r\n    ref: v1\n    path: a/b.md\n`;
    const guide = 'It adds the address\nto the origins   it trusts.';
    expect(sourcesProblems(entry('adds the address to the origins it trusts'), 's.yml', guide, 'g.mdx')).toEqual([]);
    expect(sourcesProblems(entry('adds the address to the origin it trusts'), 's.yml', guide, 'g.mdx')).toHaveLength(1);
  });
});
