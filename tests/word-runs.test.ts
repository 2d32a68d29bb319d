import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintRuns, wordRuns } from '../src/lib/word-runs.ts';

describe('runs of words', () => {
  it('cuts a text into every run of 8 consecutive words', () => {
    const runs = wordRuns('un deux trois quatre cinq six sept huit neuf');
    expect(runs).toEqual(['un deux trois quatre cinq six sept huit', 'deux trois quatre cinq six sept huit neuf']);
    expect(wordRuns('trop court pour une suite')).toEqual([]);
  });

  it('sees a copy through capitals, punctuation, apostrophes and no-break spaces', () => {
    const original = "C'est finalement après cinq, six ans d'expérimentation commune que la question se pose.";
    const copy = 'c’est finalement après cinq six ans d’expérimentation commune\u00a0: que la question se pose';
    expect(fingerprintRuns(copy)).toEqual(fingerprintRuns(original));
  });

  it('fingerprints a run with a short stable hash', () => {
    expect(fingerprint('un deux trois quatre cinq six sept huit')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
  });
});
