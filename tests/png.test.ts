/**
 * The PNG writer of the preview images (src/lib/preview-image/png.ts): what it
 * writes, a decoder (sharp, libspng, which checks every chunk's CRC) reads
 * back as the very pixels it was given.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodePng, pixelOffset, toScanlines } from '../src/lib/preview-image/png.ts';

describe('the PNG writer', () => {
  it('writes RGB pixels that decode to the same bytes', async () => {
    const [width, height] = [37, 11];
    const rgb = Uint8Array.from({ length: width * height * 3 }, (_, index) => (index * 7919) % 256);
    const { data, info } = await sharp(encodePng(toScanlines(rgb, width, height), width, height)).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([width, height, 3]);
    expect(Buffer.compare(data, Buffer.from(rgb))).toBe(0);
  });

  it('places a pixel after its row’s filter byte', () => {
    const scanlines = toScanlines(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), 2, 2);
    expect([...scanlines]).toEqual([0, 1, 2, 3, 4, 5, 6, 0, 7, 8, 9, 10, 11, 12]);
    expect(scanlines[pixelOffset(2, 1, 1)]).toBe(10);
  });

  it('refuses a buffer of the wrong size, saying what it expected', () => {
    expect(() => toScanlines(new Uint8Array(5), 2, 2)).toThrow('5 bytes for 2 × 2 RGB pixels');
    expect(() => encodePng(Buffer.alloc(5), 2, 2)).toThrow('5 bytes for 2 × 2 scanlines');
  });
});
