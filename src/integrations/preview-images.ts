/**
 * Writes the link-preview image of every case and testimony into dist/
 * (src/lib/preview-image/). The routes ask for their images before the first
 * page renders; worker threads draw them while Astro renders and Pagefind
 * indexes, into `previews/` beside Astro's cache folder (`.cache/`, kept by
 * CI and deploy), and once the pages are written the images are copied beside them.
 * An image that cannot be drawn stops the build.
 * In `astro dev`, an image is drawn when it is asked for, from the texts its
 * page handed over.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FILE_CONCURRENCY, mapLimited } from '../lib/map-limited.ts';
import { drawPreview } from '../lib/preview-image/draw.ts';
import { PreviewPainter } from '../lib/preview-image/painter.ts';
import type { Preview } from '../lib/preview-image/preview.ts';
import { setPreviewRequester } from '../lib/preview-image/requests.ts';

export function previewImages(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  let painter: PreviewPainter | undefined;
  /** Every image a page names, by its path under the site's root, with its file in the cache. */
  const images = new Map<string, Promise<string>>();
  return {
    name: 'alliances:preview-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // Beside Astro's own cache folder (cacheDir, astro.config.mjs), not inside it: what is in there is Astro's to manage.
        cacheDir = fileURLToPath(new URL('../previews/', config.cacheDir));
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        const drawing = (painter = new PreviewPainter(cacheDir));
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
          await mapLimited([...images], FILE_CONCURRENCY, async ([path, image]) => {
            const target = join(site, path);
            await mkdir(dirname(target), { recursive: true });
            await copyFile(await image, target);
          });
          const waited = (performance.now() - started) / 1000;
          // Every case and testimony asked for its image in getStaticPaths: what else the cache holds is stale.
          const pruned = await painter.prune();
          logger.info(`${images.size} images d’aperçu : ${painter.drawn} dessinées, ${painter.reused} reprises du cache, ${pruned} périmées retirées ; ${waited.toFixed(2)} s d’attente après le rendu`);
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
