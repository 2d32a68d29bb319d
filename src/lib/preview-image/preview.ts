/**
 * What a link-preview image shows (Open Graph, 1200 × 630), and its file.
 * Kept free of the drawing libraries: pages and the layout import it, and so
 * does the worker that draws (worker.ts), which runs outside Astro.
 */
import { createHash } from 'node:crypto';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface Preview {
  /** « Cas d’alliance », « Témoignage »… */
  kind: string;
  title: string;
  /** The line under the title: the territory of a case, who speaks in a testimony. */
  detail: string;
  illustrative: boolean;
}

/** Change it whenever the drawing changes (draw.ts): images cached under the old one are drawn again. */
const DRAWING_VERSION = 6;

/** The image's name in the cache of drawn images: the same texts give the same image. */
export const previewKey = (preview: Preview) =>
  createHash('sha256').update(JSON.stringify([DRAWING_VERSION, preview.kind, preview.title, preview.detail, preview.illustrative])).digest('hex').slice(0, 32);
