import { createReadStream } from 'node:fs';
import { cp, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Files next to guides that pages show: images. (A guide is MDX; nothing else is published.) */
const ASSET_TYPES: Record<string, string> = {
  '.apng': 'image/apng',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

const isAsset = (file: string) => path.extname(file).toLowerCase() in ASSET_TYPES;

/**
 * Publishes the images that sit next to guides under the guides' address, with the folders they
 * are in, where `markdown/rehype-guide-images.ts` points the guides' relative images: copied
 * beside the pages by a build, served from the content folder in development.
 */
export function guideAssets({ guidesDirectory, guidesBase }: { guidesDirectory: () => string; guidesBase: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'sitevar-guide-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}${guidesBase.replace(/^\//, '')}`;
        server.middlewares.use(async (request, response, next) => {
          const pathname = decodeURI(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!pathname.startsWith(prefix) || !isAsset(pathname)) return next();
          const file = path.resolve(guidesDirectory(), pathname.slice(prefix.length));
          const inGuides = path.relative(guidesDirectory(), file);
          if (inGuides.startsWith('..') || path.isAbsolute(inGuides) || !(await stat(file).catch(() => undefined))?.isFile()) return next();
          response.setHeader('content-type', ASSET_TYPES[path.extname(file).toLowerCase()]!);
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const target = path.join(fileURLToPath(dir), guidesBase);
        await cp(guidesDirectory(), target, { recursive: true, filter: async (source) => (await stat(source)).isDirectory() || isAsset(source) });
      },
    },
  };
}
