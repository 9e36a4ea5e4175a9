import { describe, expect, it } from 'vitest';
import { TEST_REGISTRY } from '../registry/fixtures/site.ts';
import { guideSchema as schemaOf } from './guide.ts';

const guideSchema = schemaOf(TEST_REGISTRY);

const minimal = { title: 'Paperless-ngx', description: 'Single sign-on for Paperless-ngx.' };

describe('guideSchema', () => {
  it('accepts the front matter of Authelia guides as they are', () => {
    const parsed = guideSchema.parse({
      ...minimal,
      summary: '',
      date: '2024-04-13T13:46:05+10:00',
      draft: false,
      images: [],
      weight: 620,
      toc: true,
      aliases: ['/integration/openid-connect/photoprism/'],
      support: { level: 'community', versions: true, integration: true },
      seo: { title: '', description: '', canonical: '', noindex: false },
    });
    expect(parsed.date?.toISOString()).toBe('2024-04-13T03:46:05.000Z');
    expect(parsed.seo).toEqual({ title: undefined, description: undefined, canonical: undefined, noindex: false });
    expect(parsed.summary).toBeUndefined();
  });

  it('fills in the defaults', () => {
    expect(guideSchema.parse(minimal)).toMatchObject({ draft: false, toc: true });
  });

  it('refuses unknown keys, at the top and nested', () => {
    expect(guideSchema.safeParse({ ...minimal, wieght: 1 }).success).toBe(false);
    expect(guideSchema.safeParse({ ...minimal, seo: { titel: 'x' } }).success).toBe(false);
    expect(guideSchema.safeParse({ ...minimal, support: { level: 'community', version: true } }).success).toBe(false);
  });

  it('refuses missing or mistyped fields', () => {
    expect(guideSchema.safeParse({ title: 'x' }).success).toBe(false);
    expect(guideSchema.safeParse({ ...minimal, weight: 'high' }).success).toBe(false);
    expect(guideSchema.safeParse({ ...minimal, support: { level: 'official-ish' } }).success).toBe(false);
    expect(guideSchema.safeParse({ ...minimal, date: 'yesterday' }).success).toBe(false);
    expect(guideSchema.safeParse({ ...minimal, aliases: ['no-leading-slash/'] }).success).toBe(false);
  });

  it('checks aliases segment by segment, in time linear in them, and bounds how many there are', () => {
    const message = (aliases: string[]) =>
      guideSchema.safeParse({ ...minimal, aliases }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    // The pattern this replaces took a minute over the first.
    expect(message([`/${'a'.repeat(44)}?`])).toEqual([
      'aliases.0: an alias is a path of this site, like /integration/openid-connect/paperless/ (no scheme, host, backslash, query or ..)',
    ]);
    expect(message(['/%2e%2e/%2e%2e/etc/'])).toEqual(['aliases.0: "%2e%2e" is .. once decoded: an alias cannot step out of a folder with . or ..']);
    expect(message(['/fine/', '/_headers/'])).toEqual([
      'aliases.1: /_headers/ is reserved: names that start with _ are the build’s (_astro) and the host’s (_headers, _redirects)',
    ]);
    expect(message(Array.from({ length: 51 }, (_, index) => `/old/${index}/`))).toEqual([
      'aliases: a guide has at most 50 aliases: keep the addresses readers still use',
    ]);
    expect(guideSchema.safeParse({ ...minimal, aliases: ['/caf%C3%A9/', '/old/v1.2/'] }).success).toBe(true);
  });

  it('refuses an image or canonical address no URL parser takes, as the layout would fail on it', () => {
    expect(guideSchema.safeParse({ ...minimal, images: ['https://['] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...minimal, seo: { canonical: 'https://example.com:99999/' } }).success).toBe(false);
    expect(guideSchema.safeParse({ ...minimal, images: ['https://example.com/a.png', 'diagram.svg', '/images/b.png'] }).success).toBe(true);
  });
});
