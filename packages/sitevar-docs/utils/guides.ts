import { type CollectionEntry, getCollection } from 'astro:content';
import config from 'virtual:sitevar-docs/config';
import { fill } from '../schemas/ui-fill.ts';
import { compareGuides } from './guide-order.ts';

export { compareGuides } from './guide-order.ts';

/** A guide: an entry of the site's `guides` collection (see `sitevar-docs/content`). */
export type Guide = CollectionEntry<'guides'>;

const sectionLabels = new Map(config.sections.map((section) => [section.id, section.label]));
const sectionOrder = new Map(config.sections.map((section, index) => [section.id, index]));

/** The section a guide is in: the first folder of its path. */
export function sectionOf(guide: Guide): string {
  return guide.id.split('/')[0] ?? '';
}

/** A section's name; a folder the configuration does not name is shown capitalised. */
export function sectionLabel(id: string): string {
  return sectionLabels.get(id) ?? id.charAt(0).toUpperCase() + id.slice(1);
}

/** What a guide is about: its file name, shared by the same guide in other sections. */
export function topicOf(guide: Guide): string {
  return guide.id.split('/').at(-1) ?? guide.id;
}

/** A path under the site's base, for links and redirects. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

export function guideUrl(guide: Guide): string {
  return withBase(`${config.guides.base}${guide.id}/`);
}

/** How a guide's title reads, from the site's pattern: "Paperless-ngx with Authelia". */
export function guideTitle(guide: Guide): string {
  return fill(config.guides.title, { title: guide.data.title, section: sectionLabel(sectionOf(guide)) });
}

/** The guide's title split around its own title, so the rest can be set apart. */
export function guideTitleParts(guide: Guide): { before: string; title: string; after: string } {
  const [before = '', after = ''] = config.guides.title.split('{title}');
  const section = sectionLabel(sectionOf(guide));
  return { before: fill(before, { section }), title: guide.data.title, after: fill(after, { section }) };
}

export function guideKicker(guide: Guide): string {
  return fill(config.guides.kicker, { title: guide.data.title, section: sectionLabel(sectionOf(guide)) });
}

/** Published guides (drafts too when developing), sorted. */
export async function getGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides', (guide: Guide) => import.meta.env.DEV || !guide.data.draft);
  return guides.sort(compareGuides);
}

export interface SectionGroup {
  readonly id: string;
  readonly label: string;
  readonly guides: Guide[];
}

// Every page's sidebar groups the same list: group it once per list, not once per page.
const groupsOfList = new WeakMap<readonly Guide[], SectionGroup[]>();

/** Guides grouped by section: the configured sections in their order, then any other folder. */
export function groupBySection(guides: readonly Guide[]): SectionGroup[] {
  const cached = groupsOfList.get(guides);
  if (cached) return cached;
  const groups = new Map<string, Guide[]>();
  for (const guide of guides) {
    const section = sectionOf(guide);
    const members = groups.get(section);
    if (members) members.push(guide);
    else groups.set(section, [guide]);
  }
  const rank = (id: string) => sectionOrder.get(id) ?? Number.POSITIVE_INFINITY;
  const sorted = [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, 'en'))
    .map(([id, members]) => ({ id, label: sectionLabel(id), guides: members.sort(compareGuides) }));
  groupsOfList.set(guides, sorted);
  return sorted;
}

const guidesOfTopic = new WeakMap<readonly Guide[], Map<string, Guide[]>>();

/** The same guide in other sections, itself left out. */
export function sameTopicGuides(guide: Guide, guides: readonly Guide[]): Guide[] {
  let byTopic = guidesOfTopic.get(guides);
  if (!byTopic) {
    byTopic = new Map();
    for (const other of guides) {
      const members = byTopic.get(topicOf(other));
      if (members) members.push(other);
      else byTopic.set(topicOf(other), [other]);
    }
    guidesOfTopic.set(guides, byTopic);
  }
  return (byTopic.get(topicOf(guide)) ?? []).filter((other) => other.id !== guide.id);
}
