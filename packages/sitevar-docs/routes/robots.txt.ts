import type { APIRoute } from 'astro';

/** Every page may be indexed (guides that should not be say so with seo.noindex); the sitemap lists them. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
