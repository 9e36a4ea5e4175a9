import config from 'virtual:sitevar-docs/config';
import type { APIRoute } from 'astro';
import { getGuides, groupBySection, guideTitle, guideUrl } from '../utils/guides.ts';

/** A plain-text map of the guides for language models (the llms.txt convention). */
export const GET: APIRoute = async ({ site }) => {
  const groups = groupBySection(await getGuides());
  const lines = [`# ${config.title}`, '', `> ${config.description} Code shows example values; readers personalise them in their browser.`, ''];
  for (const group of groups) {
    lines.push(`## ${group.label}`, '');
    for (const guide of group.guides) lines.push(`- [${guideTitle(guide)}](${new URL(guideUrl(guide), site).href}): ${guide.data.description}`);
    lines.push('');
  }
  return new Response(lines.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
