import type { APIRoute } from 'astro';
import { getGuides, groupByProvider, guideUrl } from '../lib/guides';

/** A plain-text map of the guides for language models (the llms.txt convention). */
export const GET: APIRoute = async ({ site }) => {
  const groups = groupByProvider(await getGuides());
  const lines = [
    '# sitevar docs',
    '',
    '> Guides to connect self-hosted applications to OpenID Connect providers (Authelia, authentik). Code shows example values (example.com); readers personalise them in their browser.',
    '',
  ];
  for (const group of groups) {
    lines.push(`## ${group.name}`, '');
    for (const guide of group.guides) {
      lines.push(`- [${guide.data.title} with ${group.name}](${new URL(guideUrl(guide), site).href}): ${guide.data.description}`);
    }
    lines.push('');
  }
  return new Response(lines.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
