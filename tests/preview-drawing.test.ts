/**
 * The preview image as a reader of a shared link sees it: its texts are
 * drawn, inside the margins, wrapped at spaces and never cut mid-word unless a
 * word is wider than the image; invented entries carry their badge.
 */
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { drawPreview } from '../src/lib/preview-image/draw.ts';
import type { Preview } from '../src/lib/preview-image/preview.ts';
import { setTitle, wrapText, type Measure } from '../src/lib/preview-image/text-layout.ts';

/** A font where every character is 10 px wide: widths are easy to reason about. */
const monospace: Measure = (text) => text.length * 10;

describe('setting a preview text in lines', () => {
  it('breaks at ordinary spaces only, never inside a word or at a no-break space', () => {
    expect(wrapText('une alliance de territoire', monospace, 120)).toEqual(['une alliance', 'de', 'territoire']);
    expect(wrapText('Pourquoi\u00a0? Parce que', monospace, 100)).toEqual(['Pourquoi\u00a0?', 'Parce que']);
  });

  it('cuts a word wider than the line where it reaches the edge', () => {
    expect(wrapText('https://exemple.org/une/adresse', monospace, 100)).toEqual(['https://ex', 'emple.org/', 'une/adress', 'e']);
  });

  it('ends the last allowed line with « … », cut at a space, and keeps within the width', () => {
    const lines = wrapText('un deux trois quatre cinq six sept huit', monospace, 110, 2);
    expect(lines).toEqual(['un deux', 'trois …']);
    for (const line of lines) expect(monospace(line)).toBeLessThanOrEqual(110);
  });

  it('chooses the largest size that keeps the title to the preferred lines and height', () => {
    const measureAt = (size: number): Measure => (text) => text.length * size * 0.5;
    const options = { sizes: [60, 50, 44], maxWidth: 1000, maxHeight: 420, lineHeight: 1.2, preferredLines: 4 };
    expect(setTitle('court', measureAt, options).size).toBe(60);
    const medium = setTitle('mot '.repeat(40).trim(), measureAt, options);
    expect(medium.size).toBe(50);
    expect(medium.lines.length).toBeLessThanOrEqual(4);
    const huge = setTitle('mot '.repeat(400).trim(), measureAt, options);
    expect(huge.size).toBe(44);
    expect(huge.lines.length * 44 * 1.2).toBeLessThanOrEqual(420);
    expect(huge.lines.at(-1)).toMatch(/ …$/);
  });
});

const PAPER = [0xfb, 0xfa, 0xf6];
const BADGE_BORDER = [0xa8, 0x6b, 0x00];

/** The drawn image as pixels, and the columns and rows where something other than the paper was drawn, band excepted. */
async function inked(preview: Preview) {
  const { data, info } = await sharp(await drawPreview(preview)).raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
  let right = 0;
  let bottom = 0;
  let badge = 0;
  for (let y = 0; y < info.height; y++)
    for (let x = 24; x < info.width; x++) {
      const pixel = at(x, y);
      if (pixel.some((value, index) => Math.abs(value - PAPER[index]!) > 8)) {
        right = Math.max(right, x);
        bottom = Math.max(bottom, y);
      }
      if (pixel.every((value, index) => Math.abs(value - BADGE_BORDER[index]!) <= 4)) badge++;
    }
  return { info, right, bottom, badge, at };
}

describe('drawing a preview', () => {
  const base: Preview = { kind: 'Cas d’alliance', title: 'Une alliance', detail: 'Val-de-Marne', illustrative: false };

  it('draws its texts as ink on the paper, the band on the left', async () => {
    const { info, right, at } = await inked(base);
    expect([info.width, info.height]).toEqual([1200, 630]);
    expect(at(10, 300)).toEqual([0x1f, 0x6b, 0x4f]);
    expect(right).toBeGreaterThan(96 + 200);
  });

  it('keeps a very long title and detail inside the 72 px and 48 px margins', async () => {
    const { right, bottom } = await inked({
      ...base,
      title: 'Une alliance de collectivités, entreprises et associations pour la mobilité '.repeat(8),
      detail: 'Communauté de communes du Haut-Pays et de la vallée, '.repeat(6),
    });
    expect(right).toBeLessThanOrEqual(1200 - 72);
    expect(bottom).toBeLessThanOrEqual(630 - 48);
  });

  it('carries the « Exemple fictif » badge on an invented entry only', async () => {
    expect((await inked({ ...base, illustrative: true })).badge).toBeGreaterThan(300);
    expect((await inked(base)).badge).toBe(0);
  });
});

describe('the same texts', () => {
  it('give the same bytes, whatever the drawing thread drew before (it keeps the glyphs it rasterised)', async () => {
    const titles = [
      "L'Hôtel Pasteur à Rennes : un bâtiment public ouvert aux projets des habitants, de l'expérimentation à la gestion associative",
      'Mobilité solidaire en Pays de Colombey : des conducteurs bénévoles, une intercommunalité, des associations Familles rurales et le Département',
      "Dans un bassin de La Réunion, un club d'employeurs où les patrons apprennent entre pairs à recruter des personnes handicapées",
      "Loger les saisonniers dans les maisons vides de l'intérieur, une alliance qui n'a pas survécu à la vente de son instigateur",
    ];
    const previews = titles.map((title, index): Preview => ({ kind: 'Cas d’alliance', title, detail: `Territoire ${index}`, illustrative: index % 2 === 0 }));
    /** Each preview drawn by a thread that starts afresh and has drawn `before` first. */
    const drawAfter = async (before: Preview[], preview: Preview) => {
      vi.resetModules();
      const { drawPreview: draw } = await import('../src/lib/preview-image/draw.ts');
      for (const other of before) await draw(other);
      return draw(preview);
    };
    for (const [index, preview] of previews.entries()) {
      // Alone, its glyphs are rasterised together; after the others, each at another place among other glyphs.
      const alone = await drawAfter([], preview);
      const afterOthers = await drawAfter(previews.filter((_, other) => other !== index).reverse(), preview);
      expect(afterOthers.equals(alone), preview.title).toBe(true);
    }
  });
});
