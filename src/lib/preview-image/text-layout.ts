/**
 * Sets text in lines, as a browser would in a block of a given width: words
 * break at ordinary spaces only (a no-break space, as French typography puts
 * before « : » or inside « », holds its neighbours together), and a block
 * that would take more lines than allowed ends its last line with « … ».
 * Pure: widths come from the caller's font (draw.ts), so this is tested alone.
 */

/** The width a text takes at one size, in pixels. */
export type Measure = (text: string) => number;

const ELLIPSIS = ' …';

/** Lines of `text` no wider than `maxWidth`, at most `maxLines`. */
export function wrapText(text: string, measure: Measure, maxWidth: number, maxLines = Infinity): string[] {
  const words = text.split(' ').filter(Boolean).flatMap((word) => splitWideWord(word, measure, maxWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), shortenToFit(`${lines[maxLines - 1]} ${lines[maxLines]}`, measure, maxWidth)];
}

/** A word wider than the line (an address, a long compound) is cut where it reaches the edge, as `overflow-wrap: anywhere` does. */
function splitWideWord(word: string, measure: Measure, maxWidth: number): string[] {
  if (measure(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return [...pieces, piece];
}

/** The longest start of `line`, cut at a space, that fits with « … » after it. */
function shortenToFit(line: string, measure: Measure, maxWidth: number): string {
  let kept = line;
  while (kept.includes(' ') && measure(kept + ELLIPSIS) > maxWidth) kept = kept.slice(0, kept.lastIndexOf(' '));
  return kept + ELLIPSIS;
}

export interface TitleSetting {
  size: number;
  lines: string[];
}

/**
 * The largest of `sizes` (largest first) at which the title keeps to `preferredLines`
 * lines and to `maxHeight`; failing that, the smallest size with as many lines as fit, the last cut with « … ».
 */
export function setTitle(
  title: string,
  measureAt: (size: number) => Measure,
  { sizes, maxWidth, maxHeight, lineHeight, preferredLines }: { sizes: number[]; maxWidth: number; maxHeight: number; lineHeight: number; preferredLines: number },
): TitleSetting {
  for (const size of sizes) {
    const lines = wrapText(title, measureAt(size), maxWidth);
    if (lines.length <= preferredLines && lines.length * size * lineHeight <= maxHeight) return { size, lines };
  }
  const size = sizes.at(-1)!;
  const maxLines = Math.max(1, Math.floor(maxHeight / (size * lineHeight)));
  return { size, lines: wrapText(title, measureAt(size), maxWidth, maxLines) };
}
