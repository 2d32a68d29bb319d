/**
 * The part of opentype.js (2.x, which ships no types) that the preview
 * drawing uses: glyphs of a string, their advances and kerning, their outlines.
 */
declare module 'opentype.js' {
  export interface Path {
    toPathData(decimalPlaces?: number): string;
    getBoundingBox(): BoundingBox;
  }
  export interface BoundingBox {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    tables: { hhea?: { lineGap?: number } };
    stringToGlyphs(text: string): Glyph[];
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  export function parse(buffer: ArrayBuffer | Uint8Array): Font;
  /** Node loads the package's CommonJS build: its functions come as the default export. */
  const opentype: { parse: typeof parse };
  export default opentype;
}
