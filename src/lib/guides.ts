import { getCollection, type CollectionEntry } from 'astro:content';
import { compareGuides } from './guide-order';

export { compareGuides } from './guide-order';

export type Guide = CollectionEntry<'guides'>;

/** Display names of provider folders; a folder not listed is shown capitalised. */
const PROVIDER_NAMES: Record<string, string> = {
  authelia: 'Authelia',
  authentik: 'authentik',
};

export function providerOf(guide: Guide): string {
  return guide.id.split('/')[0] ?? '';
}

export function providerName(folder: string): string {
  return PROVIDER_NAMES[folder] ?? folder.charAt(0).toUpperCase() + folder.slice(1);
}

/** The application a guide is about: its file name, shared across providers. */
export function applicationOf(guide: Guide): string {
  return guide.id.split('/').at(-1) ?? guide.id;
}

/** A path under the site's base, for links and redirects. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

export function guideUrl(guide: Guide): string {
  return withBase(`/guides/${guide.id}/`);
}

/** Published guides (drafts too when developing), sorted. */
export async function getGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides', (guide) => import.meta.env.DEV || !guide.data.draft);
  return guides.sort(compareGuides);
}

export interface ProviderGroup {
  readonly folder: string;
  readonly name: string;
  readonly guides: Guide[];
}

/** Guides grouped by provider folder, providers in alphabetical order. */
export function groupByProvider(guides: readonly Guide[]): ProviderGroup[] {
  const groups = new Map<string, Guide[]>();
  for (const guide of guides) groups.set(providerOf(guide), [...(groups.get(providerOf(guide)) ?? []), guide]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([folder, members]) => ({ folder, name: providerName(folder), guides: [...members].sort(compareGuides) }));
}

/** The page title a guide shows: its application and provider, e.g. "Paperless-ngx with Authelia". */
export function guideHeading(guide: Guide): string {
  return `${guide.data.title} with ${providerName(providerOf(guide))}`;
}
