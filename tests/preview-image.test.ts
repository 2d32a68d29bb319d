import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PreviewPainter } from '../src/lib/preview-image/painter.ts';
import { previewKey, type Preview } from '../src/lib/preview-image/preview.ts';

const caseOf = (title: string): Preview => ({ kind: 'Cas d’alliance', title, detail: 'Val-de-Marne', illustrative: false });
const dimensions = (png: Buffer) => ({ signature: png.subarray(1, 4).toString('latin1'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the preview painter', () => {
  const cache = mkdtempSync(join(tmpdir(), 'previews-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('draws each image once, in its workers, as a 1200 × 630 PNG named by its texts', async () => {
    const painter = new PreviewPainter(cache, 2);
    try {
      const [first, again, second] = await Promise.all([painter.paint(caseOf('Une première alliance')), painter.paint(caseOf('Une première alliance')), painter.paint(caseOf('Une seconde alliance'))]);
      expect(first).toBe(again);
      expect(first).not.toBe(second);
      expect(first).toBe(join(cache, `${previewKey(caseOf('Une première alliance'))}.png`));
      expect([painter.drawn, painter.reused]).toEqual([2, 0]);
      for (const file of [first, second]) expect(dimensions(readFileSync(file))).toEqual({ signature: 'PNG', width: 1200, height: 630 });
      expect(readFileSync(first).equals(readFileSync(second))).toBe(false);
    } finally {
      await painter.close();
    }
  });

  it('reuses what an earlier build drew, without drawing it again', async () => {
    const painter = new PreviewPainter(cache, 1);
    try {
      const file = join(cache, `${previewKey(caseOf('Une première alliance'))}.png`);
      const drawnAt = statSync(file).mtimeMs;
      expect(await painter.paint(caseOf('Une première alliance'))).toBe(file);
      expect(statSync(file).mtimeMs).toBe(drawnAt);
      expect([painter.drawn, painter.reused]).toEqual([0, 1]);
    } finally {
      await painter.close();
    }
  });

  it('prunes from the cache the images this run did not ask for, and keeps the others', async () => {
    const painter = new PreviewPainter(cache, 1);
    try {
      const kept = await painter.paint(caseOf('Une première alliance'));
      const stale = join(cache, `${previewKey(caseOf('Une seconde alliance'))}.png`);
      expect(existsSync(stale)).toBe(true);
      expect(await painter.prune()).toBe(1);
      expect([existsSync(kept), existsSync(stale)]).toEqual([true, false]);
    } finally {
      await painter.close();
    }
  });

  it('names its texts in the key: a title, a detail or the illustrative mark changes the image', () => {
    const keys = new Set([caseOf('A'), caseOf('B'), { ...caseOf('A'), detail: 'Nord' }, { ...caseOf('A'), illustrative: true }, { ...caseOf('A'), kind: 'Témoignage' }].map(previewKey));
    expect(keys.size).toBe(5);
  });

  it('fails the image, with the reason, when it cannot be written', async () => {
    const gone = mkdtempSync(join(tmpdir(), 'previews-gone-'));
    const painter = new PreviewPainter(gone, 1);
    rmSync(gone, { recursive: true });
    try {
      await expect(painter.paint(caseOf('Une alliance sans cache'))).rejects.toThrow(/could not be drawn:[\s\S]*ENOENT/);
    } finally {
      await painter.close();
    }
  });
});
