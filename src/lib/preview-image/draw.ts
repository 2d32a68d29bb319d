/**
 * Draws the image a link preview shows (Open Graph, 1200 × 630): the kind of
 * page, its title, where it happens, and « Exemple fictif » on invented
 * entries. Satori lays it out as SVG, in Noto Serif and Noto Sans, the fonts
 * of the site's own font stacks, read from their npm packages (nothing is
 * fetched); sharp (librsvg) turns it into a PNG, twice as fast as resvg for
 * the same pixels. It runs in worker threads (painter.ts), beside the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { PREVIEW_SIZE, type Preview } from './preview.ts';

const require = createRequire(import.meta.url);
const font = (family: 'noto-sans' | 'noto-serif', weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/${family}/files/${family}-latin-${weight}-normal.woff`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
const loadFonts = () =>
  (fonts ??= [
    { name: 'Noto Sans', data: font('noto-sans', 400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: font('noto-sans', 700), weight: 700, style: 'normal' },
    { name: 'Noto Serif', data: font('noto-serif', 700), weight: 700, style: 'normal' },
  ]);

/** An element as satori reads it (the shape of a React element, without React). */
type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

/** A very long title is cut at a word and ends with « … », so that the image never overflows. */
export const fitTitle = (title: string, max = 170) => (title.length <= max ? title : `${title.slice(0, title.lastIndexOf(' ', max - 1))} …`);

/** The longer the title, the smaller its type, so that it keeps to four or five lines. */
export const titleSize = (title: string) => (title.length <= 90 ? 60 : title.length <= 130 ? 50 : 44);

export async function drawPreview(preview: Preview): Promise<Buffer> {
  const tree = el(
    'div',
    { width: '100%', height: '100%', display: 'flex', background: '#fbfaf6', color: '#1d2320', fontFamily: 'Noto Sans' },
    el('div', { width: 24, height: '100%', background: '#1f6b4f' }),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', gap: 24, padding: '48px 72px', flex: 1 },
      el(
        'div',
        { display: 'flex', alignItems: 'center', gap: 24, fontSize: 30 },
        el('span', { color: '#134632', fontWeight: 700 }, 'Alliances en territoires'),
        el('span', { color: '#4f5a54' }, preview.kind),
        ...(preview.illustrative ? [el('span', { background: '#fff3d6', border: '3px solid #a86b00', color: '#3d2a00', padding: '2px 14px', borderRadius: 8, fontWeight: 700 }, 'Exemple fictif')] : []),
      ),
      el('div', { fontFamily: 'Noto Serif', fontWeight: 700, fontSize: titleSize(preview.title), lineHeight: 1.2 }, fitTitle(preview.title)),
      el('div', { fontSize: 28, color: '#4f5a54' }, preview.detail),
    ),
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts: loadFonts() });
  // The image is opaque: no alpha channel to filter and compress. Level 3: a third faster to encode than the default 6.
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 3 }).toBuffer();
}
