import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CODE_COLORS_PATH } from '../content-checks/aliases.ts';

/**
 * Shiki colours tokens with `style` attributes, which a strict Content Security Policy blocks.
 * The style-to-class transformer turns them into classes; this integration serves the classes'
 * CSS as a stylesheet: written next to the pages once they are built, served live in dev.
 */
export function codeColors(getCSS: () => string): AstroIntegration {
  return {
    name: 'sitevar-code-colors',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (!request.url?.endsWith(CODE_COLORS_PATH)) return next();
          response.setHeader('content-type', 'text/css; charset=utf-8');
          response.end(getCSS());
        });
      },
      'astro:build:done': async ({ dir }) => {
        const target = fileURLToPath(new URL(`.${CODE_COLORS_PATH}`, dir));
        await mkdir(fileURLToPath(dir), { recursive: true });
        await writeFile(target, getCSS());
      },
    },
  };
}
