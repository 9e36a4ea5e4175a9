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

// Every page's sidebar groups the same list: group it once per list, not once per page.
const groupsOfList = new WeakMap<readonly Guide[], ProviderGroup[]>();

/** Guides grouped by provider folder, providers in alphabetical order. */
export function groupByProvider(guides: readonly Guide[]): ProviderGroup[] {
  const cached = groupsOfList.get(guides);
  if (cached) return cached;
  const groups = new Map<string, Guide[]>();
  for (const guide of guides) {
    const provider = providerOf(guide);
    const members = groups.get(provider);
    if (members) members.push(guide);
    else groups.set(provider, [guide]);
  }
  const sorted = [...groups]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([folder, members]) => ({ folder, name: providerName(folder), guides: members.sort(compareGuides) }));
  groupsOfList.set(guides, sorted);
  return sorted;
}

const guidesOfApplication = new WeakMap<readonly Guide[], Map<string, Guide[]>>();

/** Guides about the same application as `guide` (other providers), itself left out. */
export function sameApplicationGuides(guide: Guide, guides: readonly Guide[]): Guide[] {
  let byApplication = guidesOfApplication.get(guides);
  if (!byApplication) {
    byApplication = new Map();
    for (const other of guides) {
      const members = byApplication.get(applicationOf(other));
      if (members) members.push(other);
      else byApplication.set(applicationOf(other), [other]);
    }
    guidesOfApplication.set(guides, byApplication);
  }
  return (byApplication.get(applicationOf(guide)) ?? []).filter((other) => other.id !== guide.id);
}

/** The page title a guide shows: its application and provider, e.g. "Paperless-ngx with Authelia". */
export function guideHeading(guide: Guide): string {
  return `${guide.data.title} with ${providerName(providerOf(guide))}`;
}
