import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, readHtmlTags } from '../../src/lib/checks/html-tags.ts';

describe('raw HTML tags', () => {
  it('reads opening tags with quoted, unquoted and bare attributes, and their offsets', () => {
    expect(readHtmlTags('x <img src="/a.png" alt=\'Un port\' hidden onerror=alert(1)> y</img>')).toEqual([
      {
        name: 'img',
        offset: 2,
        attributes: [
          { name: 'src', value: '/a.png', offset: 7 },
          { name: 'alt', value: 'Un port', offset: 20 },
          { name: 'hidden', value: true, offset: 34 },
          { name: 'onerror', value: 'alert(1)', offset: 41 },
        ],
      },
    ]);
  });

  it('decodes character references that could hide a scheme', () => {
    expect(decodeCharacterReferences('jav&#x61;script&colon;x&#40;')).toBe('javascript:x(');
    expect(decodeCharacterReferences('A &amp; B &unknown;')).toBe('A & B &unknown;');
    expect(decodeCharacterReferences('&#99999999;')).toBe('\ufffd');
  });

  it('ignores what comments hide and closing tags', () => {
    expect(readHtmlTags('<!-- <script>alert(1)</script> --></div>')).toEqual([]);
  });
});
