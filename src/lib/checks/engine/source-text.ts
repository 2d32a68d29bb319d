import type { Finding, Place } from './problem.ts';

/**
 * A file's text with a line index, to turn character offsets into line:column.
 * A line ends at a line feed, or at a carriage return not followed by one: so
 * do the Markdown and YAML readers count, and editors show.
 */
export class SourceText {
  readonly path: string;
  readonly text: string;
  readonly #lineStarts: number[] = [0];

  constructor(path: string, text: string) {
    this.path = path;
    this.text = text;
    for (const { index } of text.matchAll(/\r(?!\n)|\n/g)) this.#lineStarts.push(index + 1);
  }

  /** The 1-based line and column of a character offset. */
  place(offset: number): Place {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.#lineStarts[low]! + 1 };
  }

  problemAt(place: Place | number, field: string, message: string): Finding {
    const { line, column } = typeof place === 'number' ? this.place(place) : place;
    return { file: this.path, line, column, field, message };
  }
}
