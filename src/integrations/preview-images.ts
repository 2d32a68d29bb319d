/**
 * Writes the link-preview image of every case and testimony into dist/
 * (src/lib/preview-image/). The routes ask for their images before the first
 * page renders; worker threads draw them while Astro renders and Pagefind
 * indexes, into `.cache/previews/` (kept by CI and deploy, like Astro's own
 * cache), and once the pages are written the images are copied beside them.
 * An image that cannot be drawn stops the build.
 * In `astro dev`, an image is drawn when it is asked for, from the texts its
 * page handed over.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drawPreview } from '../lib/preview-image/draw.ts';
import { PreviewPainter } from '../lib/preview-image/painter.ts';
import type { Preview } from '../lib/preview-image/preview.ts';
import { setPreviewRequester } from '../lib/preview-image/requests.ts';

export function previewImages(): AstroIntegration {
  let root = '';
  let base = '/';
  let painter: PreviewPainter | undefined;
  /** Every image a page names, by its path under the site's root, with its file in the cache. */
  const images = new Map<string, Promise<string>>();
  return {
    name: 'alliances:preview-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        const drawing = (painter = new PreviewPainter(join(root, '.cache', 'previews')));
        setPreviewRequester((path, preview) => {
          const image = drawing.paint(preview);
          // Awaited in build:done; until then a failure must not count as unhandled.
          image.catch(() => {});
          images.set(path, image);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPreviewRequester(undefined);
        const started = performance.now();
        try {
          if (!painter) throw new Error('the preview painter was not started with the build');
          const site = fileURLToPath(dir);
          await Promise.all(
            [...images].map(async ([path, image]) => {
              const target = join(site, path);
              await mkdir(dirname(target), { recursive: true });
              await copyFile(await image, target);
            }),
          );
          logger.info(`${images.size} images d’aperçu : ${painter.drawn} dessinées, ${painter.reused} reprises du cache ; ${((performance.now() - started) / 1000).toFixed(2)} s d’attente après le rendu`);
        } finally {
          images.clear();
          await painter?.close();
        }
      },
      'astro:server:setup': ({ server }) => {
        const shown = new Map<string, Preview>();
        setPreviewRequester((path, preview) => shown.set(path, preview));
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
          const preview = path.startsWith(base) ? shown.get(path.slice(base.length)) : undefined;
          if (!preview) return next();
          drawPreview(preview).then(
            (png) => response.writeHead(200, { 'Content-Type': 'image/png' }).end(png),
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
