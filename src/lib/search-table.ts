/**
 * The search table: what the search page knows of each page of the index
 * besides its words (the labels of its facets, its year), keyed by the id
 * Pagefind gives the page. The build writes it next to Pagefind's index
 * (src/integrations/search-index.ts); the search page filters, counts and
 * sorts the pages Pagefind finds with it.
 *
 * Why not Pagefind's filters and sorts: every Pagefind search loads the whole
 * filter index before it answers, ~43 KB per 1,900 pages, ~210 KB at 7,900;
 * the same facts take about a third of that here (a bitset per label).
 * Pure and DOM-free: the build encodes, the browser and the tests decode.
 */

/** What the table holds about one page. */
export interface SearchTableEntry {
  /** Pagefind's id for the page (`fr_a189cba`): what a search result carries. */
  id: string;
  /** Labels by facet URL parameter, as the search page shows them. */
  filters: Record<string, string[]>;
  /** The year results are sorted by, if the page has one. */
  year?: number;
}

/** The table as written to its JSON file. */
export interface SearchTableFile {
  /**
   * The row order: Pagefind ids grouped by their prefix and the length of their
   * hexadecimal part (`fr_:7`), ascending within each group, written as the
   * base-36 gaps between successive values.
   */
  ids: Record<string, string>;
  /** Per row, its year minus `yearBase` in base 36, empty when it has none; comma-separated. */
  years: string;
  yearBase: number;
  /** Per facet parameter and label, the rows that have it: a bitset (row r is bit r % 8 of byte r / 8), in base64. */
  facets: Record<string, Record<string, string>>;
}

/** Number of pages per label, by facet parameter. */
export type FacetCounts = Record<string, Record<string, number>>;

/** Above 12 hexadecimal digits an id no longer fits a number exactly. */
const MAX_HEX_DIGITS = 12;

function splitId(id: string): { group: string; value: number } {
  const cut = id.lastIndexOf('_') + 1;
  const hex = id.slice(cut);
  if (!/^[0-9a-f]+$/.test(hex) || hex.length > MAX_HEX_DIGITS) throw new Error(`search table: unexpected Pagefind id ${id}`);
  return { group: `${id.slice(0, cut)}:${hex.length}`, value: Number.parseInt(hex, 16) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const hasBit = (bits: Uint8Array, row: number) => ((bits[row >> 3] ?? 0) & (1 << (row & 7))) !== 0;

export function encodeSearchTable(entries: readonly SearchTableEntry[]): SearchTableFile {
  const keyed = entries.map((entry) => ({ entry, ...splitId(entry.id) }));
  keyed.sort((a, b) => (a.group === b.group ? a.value - b.value : a.group < b.group ? -1 : 1));
  if (new Set(keyed.map(({ entry }) => entry.id)).size !== keyed.length) throw new Error('search table: the same Pagefind id twice');

  const ids: Record<string, string[]> = {};
  keyed.forEach(({ group, value }, row) => {
    const previous = keyed[row - 1];
    (ids[group] ??= []).push((previous?.group === group ? value - previous.value : value).toString(36));
  });

  const years = keyed.flatMap(({ entry }) => (entry.year === undefined ? [] : [entry.year]));
  const yearBase = years.length > 0 ? Math.min(...years) : 0;

  const bitsets: Record<string, Record<string, Uint8Array>> = {};
  keyed.forEach(({ entry }, row) => {
    for (const [param, labels] of Object.entries(entry.filters)) {
      for (const label of labels) {
        const bits = ((bitsets[param] ??= {})[label] ??= new Uint8Array(Math.ceil(keyed.length / 8)));
        bits[row >> 3]! |= 1 << (row & 7);
      }
    }
  });

  return {
    ids: Object.fromEntries(Object.entries(ids).map(([group, gaps]) => [group, gaps.join(',')])),
    years: keyed.map(({ entry }) => (entry.year === undefined ? '' : (entry.year - yearBase).toString(36))).join(','),
    yearBase,
    facets: Object.fromEntries(Object.entries(bitsets).map(([param, labels]) => [param, Object.fromEntries(Object.entries(labels).map(([label, bits]) => [label, toBase64(bits)]))])),
  };
}

/** Rows set in a bitset, by byte value. */
const BITS_IN_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => [...byte.toString(2)].filter((bit) => bit === '1').length);

/** Rows in both bitsets, counted without listing them. */
function countBoth(a: Uint8Array, b: Uint8Array): number {
  let count = 0;
  for (let at = 0; at < a.length; at++) count += BITS_IN_BYTE[a[at]! & b[at]!]!;
  return count;
}

/**
 * The table, read back: which row a result is, what it has, which rows a search keeps and what each
 * label would count. Rows sets are bitsets, so that a search over thousands of pages is a few
 * thousand byte operations per label, not an object per page.
 */
export class SearchTable {
  readonly size: number;
  readonly #rows = new Map<string, number>();
  readonly #years: (number | undefined)[];
  /** Labels by facet parameter, each with its rows. */
  readonly #facets = new Map<string, Map<string, Uint8Array>>();

  constructor(file: SearchTableFile) {
    for (const [group, gaps] of Object.entries(file.ids)) {
      const cut = group.lastIndexOf(':');
      const prefix = group.slice(0, cut);
      const digits = Number(group.slice(cut + 1));
      let value = 0;
      for (const gap of gaps.split(',')) {
        value += Number.parseInt(gap, 36);
        this.#rows.set(`${prefix}${value.toString(16).padStart(digits, '0')}`, this.#rows.size);
      }
    }
    this.size = this.#rows.size;
    // With no row there is no year; one row without a year is written the same way.
    this.#years = this.size === 0 ? [] : file.years.split(',').map((year) => (year === '' ? undefined : file.yearBase + Number.parseInt(year, 36)));
    if (this.#years.length !== this.size) throw new Error(`search table: ${this.#years.length} years for ${this.size} rows`);
    for (const [param, labels] of Object.entries(file.facets)) {
      this.#facets.set(param, new Map(Object.entries(labels).map(([label, encoded]) => [label, fromBase64(encoded)])));
    }
  }

  /** The row of a page found by Pagefind; undefined if the table does not know it (a table older than the index). */
  rowOf(id: string): number | undefined {
    return this.#rows.get(id);
  }

  yearOf(row: number): number | undefined {
    return this.#years[row];
  }

  labelsOf(row: number, param: string): string[] {
    return [...(this.#facets.get(param) ?? [])].filter(([, bits]) => hasBit(bits, row)).map(([label]) => label);
  }

  /** Whether a row carries a label. */
  has(row: number, param: string, label: string): boolean {
    const bits = this.#facets.get(param)?.get(label);
    return bits !== undefined && hasBit(bits, row);
  }

  /**
   * The rows that have, for each facet chosen, one of its chosen labels (labels of a facet are alternatives,
   * facets add up), in the order given; and the count of each label among them, except that a chosen facet
   * counts among the rows every other facet keeps: what choosing another of its labels would add.
   */
  select(rows: Iterable<number>, chosen: Record<string, readonly string[]>): { rows: number[]; counts: FacetCounts } {
    const bytes = Math.ceil(this.size / 8);
    const given = [...rows];
    const found = new Uint8Array(bytes);
    for (const row of given) found[row >> 3]! |= 1 << (row & 7);
    /** Per chosen facet, the rows with any of its chosen labels. */
    const anyOf = new Map(Object.entries(chosen).map(([param, labels]) => {
      const union = new Uint8Array(bytes);
      for (const label of labels) {
        const bits = this.#facets.get(param)?.get(label);
        if (bits) union.forEach((byte, at) => (union[at] = byte | bits[at]!));
      }
      return [param, union] as const;
    }));
    /** The found rows every chosen facet keeps, but the one left out. */
    const keptBy = (leftOut?: string) => {
      const kept = found.slice();
      for (const [param, union] of anyOf) if (param !== leftOut) kept.forEach((byte, at) => (kept[at] = byte & union[at]!));
      return kept;
    };
    const kept = keptBy();
    const counts: FacetCounts = {};
    for (const [param, labels] of this.#facets) {
      const among = anyOf.has(param) ? keptBy(param) : kept;
      for (const [label, bits] of labels) {
        const count = countBoth(among, bits);
        if (count > 0) (counts[param] ??= {})[label] = count;
      }
    }
    return { rows: given.filter((row) => hasBit(kept, row)), counts };
  }
}
