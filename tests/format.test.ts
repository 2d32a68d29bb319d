import { describe, expect, it } from 'vitest';
import { countOf, formatDate, formatList, formatNumber, formatPeriod, formatTestimonyDate } from '../src/lib/format.ts';

describe('French formatting', () => {
  it('writes dates the French way', () => {
    expect(formatDate(new Date('2022-06-14'))).toBe('14 juin 2022');
  });
  it('separates thousands with a narrow no-break space', () => {
    expect(formatNumber(1200)).toBe('1\u202f200');
  });
  it('joins lists with « et »', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b et c');
  });
  it('keeps the singular for zero and one, as French does', () => {
    expect(countOf(0, 'témoignage', 'témoignages')).toBe('0\u00a0témoignage');
    expect(countOf(1, 'témoignage', 'témoignages')).toBe('1\u00a0témoignage');
    expect(countOf(2, 'témoignage', 'témoignages')).toBe('2\u00a0témoignages');
  });
  it('writes an open or closed period', () => {
    expect(formatPeriod(2016)).toBe('depuis 2016');
    expect(formatPeriod(2012, 2019)).toBe('2012–2019');
  });
});

describe('the date of a testimony', () => {
  it('shows the day, or only the approximate year when that is all we know', () => {
    expect(formatTestimonyDate(new Date('2024-03-01'), false)).toBe('1 mars 2024');
    expect(formatTestimonyDate(new Date('2016-01-01'), true)).toBe('vers 2016');
  });
});

describe('the period of an alliance whose start is not documented', () => {
  it('says the year is only when it is attested', () => {
    expect(formatPeriod(2016, undefined, true)).toBe('attestée en 2016, début non documenté');
    expect(formatPeriod(2016, 2019, true)).toBe('attestée de 2016 à 2019, début non documenté');
  });
});
