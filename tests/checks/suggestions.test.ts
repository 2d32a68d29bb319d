import { describe, expect, it } from 'vitest';
import { closestMatches, didYouMean, editDistance, quotedAlternatives } from '../../src/lib/validation/suggestions.ts';

describe('suggestions', () => {
  it('counts the edits between two words', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('mairie', 'mairie')).toBe(0);
  });

  it('suggests the closest known ids, closest first, three at most', () => {
    const ids = ['mairie-de-dunkerque', 'mairie-de-lille', 'mairie-de-lens', 'mairie-de-lyon', 'fondation-ratp'];
    expect(closestMatches('mairie-de-dunkerk', ids)).toEqual(['mairie-de-dunkerque']);
    expect(closestMatches('mairie-de-lile', ids)).toEqual(['mairie-de-lille', 'mairie-de-lens', 'mairie-de-lyon']);
  });

  it('suggests an id that contains what was typed', () => {
    expect(closestMatches('dunkerque', ['mairie-de-dunkerque', 'lille'])).toEqual(['mairie-de-dunkerque']);
  });

  it('suggests nothing when every known id is far', () => {
    expect(closestMatches('santé', ['emploi-insertion', 'mobilite'])).toEqual([]);
    expect(didYouMean('santé', ['emploi-insertion'])).toBe('');
  });

  it('writes alternatives the French way', () => {
    expect(quotedAlternatives(['a'])).toBe('« a »');
    expect(quotedAlternatives(['a', 'b', 'c'])).toBe('« a », « b » ou « c »');
    expect(didYouMean('Citatio', ['Citation', 'Encadre'], (name) => `<${name}>`)).toBe(' — vouliez-vous dire <Citation> ?');
  });
});
