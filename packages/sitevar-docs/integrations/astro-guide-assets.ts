import { createReadStream } from 'node:fs';
import { copyFile, mkdir, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { GUIDE_ASSET_TYPES, isGuideAsset, isWithin, walkGuidesFolder } from '../content-checks/guide-assets.ts';

/*
 * The folder beside the guides is hostile input (`content-checks/guide-assets.ts`): the content
 * checks refuse links that leave it, but what publishes the files does not rely on them. A build
 * copies files, never links, and only images whose real file is in the guides folder; the
 * development server serves nothing else either.
 */

/**
 * Copies the images beside the guides into `target`, with the folders they are in: each one a
 * regular file, read from its real file (a link inside the guides folder is copied as what it
 * points to; one that leaves the folder is not followed). Returns the paths written, relative to
 * `target`.
 */
export async function copyGuideAssets(guidesDirectory: string, target: string): Promise<string[]> {
  const realGuides = await realpath(guidesDirectory).catch(() => undefined);
  if (!realGuides) return [];
  const { files } = await walkGuidesFolder(guidesDirectory, guidesDirectory);
  const written: string[] = [];
  for (const file of files) {
    if (!isGuideAsset(file.path) || !isWithin(realGuides, file.realPath)) continue;
    const relative = path.relative(guidesDirectory, file.path);
    const destination = path.join(target, relative);
    await mkdir(path.dirname(destination), { recursive: true });
    await copyFile(file.realPath, destination);
    written.push(relative.split(path.sep).join('/'));
  }
  return written;
}

/**
 * The real file a request for `relativePath` under the guides folder may be answered with: a
 * regular file, really in the guides folder (after every link), of a type the site publishes.
 */
export async function servableGuideAsset(guidesDirectory: string, relativePath: string): Promise<string | undefined> {
  if (!isGuideAsset(relativePath) || relativePath.includes('\0')) return undefined;
  const requested = path.resolve(guidesDirectory, relativePath);
  if (!isWithin(path.resolve(guidesDirectory), requested)) return undefined;
  const [realGuides, real] = await Promise.all([realpath(guidesDirectory).catch(() => undefined), realpath(requested).catch(() => undefined)]);
  if (!realGuides || !real || !isWithin(realGuides, real)) return undefined;
  return (await stat(real).catch(() => undefined))?.isFile() ? real : undefined;
}

/** The path of a request's URL, decoded; undefined when it cannot be (a malformed %-escape). */
function decodedPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

/**
 * The development server's handler for the images beside guides, under `prefix` (the site's base
 * and the guides' base): what a build would publish, nothing else; other requests go on.
 * (`openFile` reads the file; a test gives one that fails.)
 */
export function guideAssetsMiddleware({
  guidesDirectory,
  prefix,
  openFile = createReadStream,
}: {
  guidesDirectory: () => string;
  prefix: string;
  openFile?: (file: string) => Readable;
}) {
  return async (request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> => {
    const pathname = decodedPath(request.url);
    const file = pathname?.startsWith(prefix) ? await servableGuideAsset(guidesDirectory(), pathname.slice(prefix.length)).catch(() => undefined) : undefined;
    if (!pathname || !file) return next();
    // As a host serves the build's copy: by the name it is published under.
    response.setHeader('content-type', GUIDE_ASSET_TYPES[path.extname(pathname).toLowerCase()]!);
    response.setHeader('x-content-type-options', 'nosniff');
    // An SVG opened on its own is a document of the server's origin: it runs nothing here.
    response.setHeader('content-security-policy', "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox");
    const stream = openFile(file);
    // A file that goes away, or cannot be read, fails this request alone, never the server.
    stream.on('error', () => {
      if (response.headersSent) response.destroy();
      else {
        response.removeHeader('content-type');
        response.statusCode = 500;
        response.end();
      }
    });
    // A reader who goes away leaves no file open.
    response.on('close', () => stream.destroy());
    stream.pipe(response);
  };
}

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
        server.middlewares.use(guideAssetsMiddleware({ guidesDirectory, prefix: `${base}${guidesBase.replace(/^\//, '')}` }));
      },
      'astro:build:done': async ({ dir }) => {
        await copyGuideAssets(guidesDirectory(), path.join(fileURLToPath(dir), guidesBase));
      },
    },
  };
}
