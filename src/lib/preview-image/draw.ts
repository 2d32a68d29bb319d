/**
 * Draws the image a link preview shows (Open Graph, 1200 × 630): the kind of
 * page, its title, where it happens, and « Exemple fictif » on invented
 * entries, in Noto Serif and Noto Sans, the fonts of the site's own font
 * stacks, read from their npm packages (nothing is fetched).
 *
 * Why not lay out and rasterise a whole SVG per image (satori, then sharp),
 * as this file used to: that cost about 42 ms of CPU an image, more than the
 * rest of a case page's build. Here each glyph is rasterised once per face
 * and size (sharp, librsvg) and kept; an image is a copy of its kind's
 * background with the glyphs of its texts laid over it (opentype.js gives
 * their advances and kerning), then encoded as PNG (png.ts): about 4 ms of
 * CPU. It runs in worker threads (painter.ts), beside the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font, type Glyph } from 'opentype.js';
import sharp from 'sharp';
import { encodePng, pixelOffset, toScanlines } from './png.ts';
import { PREVIEW_SIZE, type Preview } from './preview.ts';
import { setTitle, wrapText, type Measure } from './text-layout.ts';

const { width: WIDTH, height: HEIGHT } = PREVIEW_SIZE;

type Rgb = readonly [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as unknown as Rgb;
const COLOR = {
  paper: '#fbfaf6',
  band: '#1f6b4f',
  siteName: '#134632',
  ink: '#1d2320',
  muted: '#4f5a54',
  badgePaper: '#fff3d6',
  badgeBorder: '#a86b00',
  badgeInk: '#3d2a00',
};

/** A 24 px band on the left; then the texts, 72 px from either side and 48 px from the top and bottom. */
const BAND = 24;
const PADDING_X = 72;
const PADDING_Y = 48;
const GAP = 24;
const LEFT = BAND + PADDING_X;
const TEXT_WIDTH = WIDTH - LEFT - PADDING_X;
const HEADER = { size: 30, gap: 24, badgePaddingX: 14, badgePaddingY: 2, badgeBorder: 3, badgeRadius: 8 };
const TITLE = { sizes: [60, 50, 44], lineHeight: 1.2, preferredLines: 4 };
const DETAIL = { size: 28, maxLines: 2 };

/** A glyph's coverage, as rasterised once: `left` and `top` place it from its origin on the baseline. */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** A line of text ready to draw at its size: each glyph with its distance from the line's start. */
interface Run {
  size: number;
  glyphs: Glyph[];
  xs: number[];
  width: number;
}

const require = createRequire(import.meta.url);

class Face {
  readonly #font: Font;
  readonly #masks = new Map<string, Promise<Mask>>();
  readonly #words = new Map<string, Run>();

  constructor(family: 'noto-sans' | 'noto-serif', weight: 400 | 700) {
    this.#font = opentype.parse(readFileSync(require.resolve(`@fontsource/${family}/files/${family}-latin-${weight}-normal.woff`)));
  }

  #scale = (size: number) => size / this.#font.unitsPerEm;
  ascent = (size: number) => this.#font.ascender * this.#scale(size);
  /** The height of the font's own line, what CSS calls `line-height: normal`. */
  normalLineHeight = (size: number) =>
    (this.#font.ascender - this.#font.descender + (this.#font.tables.hhea?.lineGap ?? 0)) * this.#scale(size);
  /** Where the baseline sits in a line box of `lineHeight`: half the extra space above, as in CSS. */
  baseline = (size: number, lineHeight: number) =>
    (lineHeight - (this.#font.ascender - this.#font.descender) * this.#scale(size)) / 2 + this.ascent(size);

  /** A line's glyphs and where they go: word by word (words repeat from title to title, and are shaped once). */
  run(text: string, size: number): Run {
    const run: Run = { size, glyphs: [], xs: [], width: 0 };
    const space = this.#word(' ', size).width;
    text.split(' ').forEach((word, index) => {
      if (index) run.width += space;
      const shaped = this.#word(word, size);
      run.glyphs.push(...shaped.glyphs);
      run.xs.push(...shaped.xs.map((x) => run.width + x));
      run.width += shaped.width;
    });
    return run;
  }

  measure = (size: number): Measure => (text) => this.run(text, size).width;

  #word(word: string, size: number): Run {
    const key = `${size}:${word}`;
    let shaped = this.#words.get(key);
    if (shaped) return shaped;
    const glyphs = this.#font.stringToGlyphs(word);
    const scale = this.#scale(size);
    const xs: number[] = [];
    let x = 0;
    glyphs.forEach((glyph, index) => {
      xs.push(x);
      x += (glyph.advanceWidth ?? 0) * scale;
      const next = glyphs[index + 1];
      if (next) x += this.#font.getKerningValue(glyph, next) * scale;
    });
    // A bound on memory over a 10,000-case build: shaping a word again costs little.
    if (this.#words.size >= 50_000) this.#words.clear();
    this.#words.set(key, (shaped = { size, glyphs, xs, width: x }));
    return shaped;
  }

  /** The masks of a run's glyphs; those not yet rasterised at this size are, together, in one call to sharp. */
  masks({ glyphs, size }: Run): Promise<Mask[]> {
    const keyOf = (glyph: Glyph) => `${size}:${glyph.index}`;
    const missing = new Map<string, Glyph>();
    for (const glyph of glyphs) if (!this.#masks.has(keyOf(glyph))) missing.set(keyOf(glyph), glyph);
    if (missing.size > 0) {
      const strip = rasterise([...missing.values()], size);
      [...missing.keys()].forEach((key, index) => this.#masks.set(key, strip.then((masks) => masks[index]!)));
    }
    return Promise.all(glyphs.map((glyph) => this.#masks.get(keyOf(glyph))!));
  }
}

/** Glyphs side by side in one SVG, rasterised by sharp, cut back into one coverage mask each. */
async function rasterise(glyphs: Glyph[], size: number): Promise<Mask[]> {
  const cells = glyphs.map((glyph) => {
    const outline = glyph.getPath(0, 0, size);
    if (!outline.toPathData(2)) return { glyph, left: 0, top: 0, width: 0, height: 0 };
    // In pixels, y downwards from the baseline.
    const { x1, y1, x2, y2 } = outline.getBoundingBox();
    const left = Math.floor(x1) - 1;
    const top = Math.floor(y1) - 1;
    return { glyph, left, top, width: Math.ceil(x2) + 1 - left, height: Math.ceil(y2) + 1 - top };
  });
  const stripWidth = Math.max(1, cells.reduce((sum, cell) => sum + cell.width, 0));
  const stripHeight = Math.max(1, ...cells.map((cell) => cell.height));
  let offset = 0;
  const paths = cells.map((cell) => {
    const at = offset;
    offset += cell.width;
    // The outline in the cell's own pixels, moved into the strip by a whole number: its coordinates,
    // rounded to two decimals, do not depend on where it lands, nor its coverage on the other glyphs.
    return cell.width ? `<path transform="translate(${at} 0)" d="${cell.glyph.getPath(-cell.left, -cell.top, size).toPathData(2)}"/>` : '';
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${stripWidth}" height="${stripHeight}">${paths.join('')}</svg>`;
  const coverage = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
  offset = 0;
  return cells.map(({ left, top, width, height }) => {
    const alpha = new Uint8Array(width * height);
    for (let row = 0; row < height; row++) alpha.set(coverage.subarray(row * stripWidth + offset, row * stripWidth + offset + width), row * width);
    offset += width;
    return { left, top, width, height, alpha };
  });
}

/** Lays coverage over the pixels (PNG scanlines, png.ts) in a colour, clipped to the image. */
function blend(pixels: Buffer, mask: Mask, x: number, y: number, [red, green, blue]: Rgb) {
  for (let row = 0; row < mask.height; row++) {
    const py = y + mask.top + row;
    if (py < 0 || py >= HEIGHT) continue;
    for (let column = 0; column < mask.width; column++) {
      const px = x + mask.left + column;
      const coverage = mask.alpha[row * mask.width + column]!;
      if (!coverage || px < 0 || px >= WIDTH) continue;
      const at = pixelOffset(WIDTH, px, py);
      pixels[at] = pixels[at]! + Math.round(((red - pixels[at]!) * coverage) / 255);
      pixels[at + 1] = pixels[at + 1]! + Math.round(((green - pixels[at + 1]!) * coverage) / 255);
      pixels[at + 2] = pixels[at + 2]! + Math.round(((blue - pixels[at + 2]!) * coverage) / 255);
    }
  }
}

/** Draws a line whose baseline starts at (x, y). Glyphs land on whole pixels: at these sizes the rounding does not show. */
async function drawRun(pixels: Buffer, face: Face, run: Run, x: number, y: number, color: string) {
  const masks = await face.masks(run);
  const ink = rgb(color);
  masks.forEach((mask, index) => blend(pixels, mask, Math.round(x + run.xs[index]!), Math.round(y), ink));
}

/** Draws lines one under the other from `top`, each in a line box of `lineHeight`, at the text's left edge. */
async function drawLines(pixels: Buffer, face: Face, lines: string[], size: number, top: number, lineHeight: number, color: string) {
  for (const [index, line] of lines.entries()) {
    await drawRun(pixels, face, face.run(line, size), LEFT, top + index * lineHeight + face.baseline(size, lineHeight), color);
  }
}

let faces: { sans: Face; sansBold: Face; serifBold: Face } | undefined;
const loadFaces = () =>
  (faces ??= { sans: new Face('noto-sans', 400), sansBold: new Face('noto-sans', 700), serifBold: new Face('noto-serif', 700) });

/** What every image of a kind shares: the paper, the band, the site's name, the kind and, on invented entries, the badge. */
const backgrounds = new Map<string, Promise<{ pixels: Buffer; height: number }>>();
function background(kind: string, illustrative: boolean) {
  const key = JSON.stringify([kind, illustrative]);
  let drawn = backgrounds.get(key);
  if (!drawn) backgrounds.set(key, (drawn = drawBackground(kind, illustrative)));
  return drawn;
}

async function drawBackground(kind: string, illustrative: boolean) {
  const { sans, sansBold } = loadFaces();
  const { size, gap, badgePaddingX, badgePaddingY, badgeBorder, badgeRadius } = HEADER;
  const lineHeight = sans.normalLineHeight(size);
  const badgeHeight = lineHeight + 2 * (badgePaddingY + badgeBorder);
  const height = illustrative ? badgeHeight : lineHeight;
  const siteName = sansBold.run('Alliances en territoires', size);
  const kindRun = sans.run(kind, size);
  const badgeRun = sansBold.run('Exemple fictif', size);
  const kindX = LEFT + siteName.width + gap;
  const badgeX = kindX + kindRun.width + gap;
  const badgeWidth = badgeRun.width + 2 * (badgePaddingX + badgeBorder);
  const badge = illustrative
    ? `<rect x="${badgeX + badgeBorder / 2}" y="${PADDING_Y + badgeBorder / 2}" width="${badgeWidth - badgeBorder}" height="${badgeHeight - badgeBorder}" rx="${badgeRadius}" fill="${COLOR.badgePaper}" stroke="${COLOR.badgeBorder}" stroke-width="${badgeBorder}"/>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="${COLOR.paper}"/><rect width="${BAND}" height="${HEIGHT}" fill="${COLOR.band}"/>${badge}</svg>`;
  const pixels = toScanlines(await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer(), WIDTH, HEIGHT);
  // Items of the header are centred on one line, as the site's own header does.
  const baseline = PADDING_Y + (height - lineHeight) / 2 + sans.baseline(size, lineHeight);
  await drawRun(pixels, sansBold, siteName, LEFT, baseline, COLOR.siteName);
  await drawRun(pixels, sans, kindRun, kindX, baseline, COLOR.muted);
  if (illustrative) await drawRun(pixels, sansBold, badgeRun, badgeX + badgeBorder + badgePaddingX, baseline, COLOR.badgeInk);
  return { pixels, height };
}

/** The pixels of finished images, drawn on again: a fresh 2.3 MB buffer an image cost more (its pages zeroed) than the drawing. */
const spareCanvases: Buffer[] = [];

/** The preview as a PNG: its kind's background, its texts over it. */
export async function drawPreview(preview: Preview): Promise<Buffer> {
  const header = await background(preview.kind, preview.illustrative);
  const pixels = spareCanvases.pop() ?? Buffer.allocUnsafe(header.pixels.length);
  header.pixels.copy(pixels);
  try {
    await drawTexts(preview, pixels, header.height);
    return encodePng(pixels, WIDTH, HEIGHT);
  } finally {
    spareCanvases.push(pixels);
  }
}

/**
 * The header at the top, the detail at the bottom, the title in the middle
 * (`justify-content: space-between` of a column): the title takes the largest
 * size at which it keeps to four lines, and never overflows.
 */
async function drawTexts(preview: Preview, pixels: Buffer, headerHeight: number) {
  const { sans, serifBold } = loadFaces();

  const detailLineHeight = sans.normalLineHeight(DETAIL.size);
  const detailLines = wrapText(preview.detail, sans.measure(DETAIL.size), TEXT_WIDTH, DETAIL.maxLines);
  const detailTop = HEIGHT - PADDING_Y - detailLines.length * detailLineHeight;

  const titleSpace = detailTop - GAP - (PADDING_Y + headerHeight + GAP);
  const { size, lines } = setTitle(preview.title, (at) => serifBold.measure(at), {
    ...TITLE,
    maxWidth: TEXT_WIDTH,
    maxHeight: titleSpace,
  });
  const titleLineHeight = size * TITLE.lineHeight;
  const titleTop = PADDING_Y + headerHeight + GAP + (titleSpace - lines.length * titleLineHeight) / 2;

  await drawLines(pixels, serifBold, lines, size, titleTop, titleLineHeight, COLOR.ink);
  await drawLines(pixels, sans, detailLines, DETAIL.size, detailTop, detailLineHeight, COLOR.muted);
}
