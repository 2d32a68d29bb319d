import { describe, expect, it } from 'vitest';
import { countOf, formatDate, formatList, formatNumber, formatPeriod, formatTestimonyDate, inSentence, roleNamesOrganisation, speakerLine } from '../src/lib/format.ts';

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

describe('labels inside a sentence', () => {
  it('lose their capital, except « État »', () => {
    expect(inSentence('Collectivité territoriale')).toBe('collectivité territoriale');
    expect(inSentence('Structure d’intérêt général')).toBe('structure d’intérêt général');
    expect(inSentence('État et opérateurs publics')).toBe('État et opérateurs publics');
  });
});

describe('who speaks in a testimony', () => {
  it.each([
    ['Présidente du CELAVAR', 'CELAVAR'],
    ['Directeur de l’association Ansanm Travay', 'Association Ansanm Travay'],
    ['Chef de projet au SGMAP', 'SGMAP (Secrétariat général pour la modernisation de l’action publique)'],
    ['Maîtresse de conférences, responsable de la recherche-action au laboratoire Coopérations et territoires', 'Laboratoire Coopérations et territoires (institut universitaire de Castelvern)'],
    ['Ancienne adjointe aux solidarités de Marcilly-les-Brandes (2014-2020)', 'Commune de Marcilly-les-Brandes'],
    ['Directeur général des services du département du Val-d’Oise', 'Département du Val-d’Oise'],
  ])('sees that « %s » already names « %s »', (role, organisation) => {
    expect(roleNamesOrganisation(role, organisation)).toBe(true);
  });

  it.each([
    ['Directrice Économie-Emploi', 'Ville de Charenton-le-Pont'],
    ['Vice-présidente chargée des solidarités', 'Communauté de communes du Pays de Lorvenne'],
    ['Cheffe de projet accès aux droits à la direction interrégionale Ouest', 'Office public d’accès aux services et aux droits, direction interrégionale Ouest'],
  ])('adds the organisation to « %s »', (role, organisation) => {
    expect(roleNamesOrganisation(role, organisation)).toBe(false);
  });

  it('names the organisation once, and sets the role in the sentence after a name', () => {
    expect(speakerLine({ name: 'Brigitte Giraud', role: 'Présidente du CELAVAR' }, 'CELAVAR')).toBe('Brigitte Giraud, présidente du CELAVAR');
    expect(speakerLine({ role: 'Directrice Économie-Emploi' }, 'Ville de Charenton-le-Pont')).toBe('Directrice Économie-Emploi, Ville de Charenton-le-Pont');
  });
});
