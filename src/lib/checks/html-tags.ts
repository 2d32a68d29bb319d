/**
 * A small reader of the opening tags in raw HTML (allowed in .md files), so
 * that the same safety rules apply to `<img onerror=…>` written as HTML as to
 * the same element written as MDX/JSX. It reads attributes as a browser would
 * (quoted or not, character references decoded); it does not build a tree.
 */

export interface HtmlAttribute {
  name: string;
  /** The decoded value, or `true` for a bare attribute such as `hidden`. */
  value: string | true;
  /** Offset of the attribute in the HTML text. */
  offset: number;
}

export interface HtmlTag {
  name: string;
  attributes: HtmlAttribute[];
  offset: number;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG_START = /<([a-zA-Z][^\s/>]*)/g;
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

export function readHtmlTags(html: string): HtmlTag[] {
  // Comments are inert: blank them out, keeping offsets.
  const text = html.replace(COMMENT, (comment) => ' '.repeat(comment.length));
  const tags: HtmlTag[] = [];
  for (const start of text.matchAll(TAG_START)) {
    const attributes: HtmlAttribute[] = [];
    ATTRIBUTE.lastIndex = start.index + start[0].length;
    for (let match = ATTRIBUTE.exec(text); match; match = ATTRIBUTE.exec(text)) {
      const [whole, name, doubleQuoted, singleQuoted, unquoted] = match;
      const raw = doubleQuoted ?? singleQuoted ?? unquoted;
      attributes.push({
        name: name!,
        value: raw === undefined ? true : decodeCharacterReferences(raw),
        offset: match.index + whole.length - whole.replace(/^[\s/]*/, '').length,
      });
    }
    tags.push({ name: start[1]!, attributes, offset: start.index });
  }
  return tags;
}

const namedReferences: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0',
};

/** Decodes `&#106;`, `&#x6A;` and the few named references that can hide a `javascript:` scheme. */
export const decodeCharacterReferences = (value: string): string =>
  value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (reference, hex?: string, decimal?: string, name?: string) => {
    if (hex ?? decimal) {
      const code = Number.parseInt((hex ?? decimal)!, hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return namedReferences[name!.toLowerCase()] ?? reference;
  });
