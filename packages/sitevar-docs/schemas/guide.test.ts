import { describe, expect, it } from 'vitest';
import { TEST_REGISTRY } from '../registry/fixtures/site';
import { guideSchema as schemaOf } from './guide';

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
});
