import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_DOCUMENT_TITLE_LENGTH, shorten, writtenLength } from '../src/lib/page-title.ts';

describe('the document title', () => {
  it('is the page title and the site name when both fit', () => {
    expect(documentTitle('Rechercher')).toBe('Rechercher — Alliances en territoires');
    expect(documentTitle('Les alliances qui changent les territoires', { home: true })).toBe('Alliances en territoires — Les alliances qui changent les territoires');
  });

  it('shortens a long page title at a word, with an ellipsis and no dangling punctuation', () => {
    const title = documentTitle('Une épicerie solidaire, portée par une entreprise et une association à Rennes');
    expect(title).toBe('Une épicerie solidaire, portée par une… — Alliances en territoires');
    expect(title.length).toBeLessThanOrEqual(MAX_DOCUMENT_TITLE_LENGTH);
    expect(shorten('Financer : une question de temps long et de confiance', 12)).toBe('Financer…');
  });

  it('counts characters as the page writes them, entities included', () => {
    expect(writtenLength('l’école d\'été & co')).toBe('l’école d&#39;été &amp; co'.length);
    const title = documentTitle('Des cours d\'école rafraîchies à Bastidoux, avec les parents d\'élèves');
    expect(writtenLength(title)).toBeLessThanOrEqual(MAX_DOCUMENT_TITLE_LENGTH);
    expect(title).toBe('Des cours d\'école rafraîchies à… — Alliances en territoires');
  });

  it('cuts a single word too long to fit', () => {
    expect(shorten('Anticonstitutionnellement', 10)).toBe('Anticonst…');
  });
});
