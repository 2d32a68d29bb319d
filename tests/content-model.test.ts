import { describe, expect, it } from 'vitest';
import { emptyDraft, fieldKey } from '../src/lib/case-draft/draft.ts';
import { draftIssues } from '../src/lib/case-draft/validation.ts';
import { caseSchema, idReference, TEXT_LIMITS } from '../src/lib/content-model.ts';

const updatedIssue = (updated: unknown) =>
  caseSchema(idReference).safeParse({ updated }).error?.issues.find((issue) => issue.path[0] === 'updated')?.message;

describe('dates in frontmatter', () => {
  it('accept YYYY-MM-DD, as a string or as the Date a YAML reader makes of it', () => {
    expect(updatedIssue('2026-11-20')).toBeUndefined();
    expect(updatedIssue(new Date('2026-11-20'))).toBeUndefined();
  });

  it.each([2026, true, '05/03/2026', 'mars 2026', '2026-13-45'])('refuse %j instead of guessing what it means', (value) => {
    expect(updatedIssue(value)).toBe('attendu : une date au format AAAA-MM-JJ, par exemple 2026-11-20');
  });

  it('refuse a date in the future', () => {
    expect(updatedIssue('2999-01-01')).toBe('cette date est dans le futur ; indiquez la date du jour ou une date passée');
  });
});

describe('the length of short texts', () => {
  const TODAY = new Date('2026-03-14T10:00:00Z');
  const choices = { lists: { territoryLevels: [], regions: [], stages: [], themes: [], instruments: [], factors: [], partnershipForms: [], actorTypes: [], pioneers: [] }, caseIds: [] };
  const tooLong = (limit: number) => 'mot '.repeat(limit).slice(0, limit + 1);

  it('is limited in the schema, so that the form and `npm run new` refuse what the checker refuses, with its message', () => {
    const draft = {
      ...emptyDraft(),
      title: tooLong(TEXT_LIMITS.title),
      territory: { ...emptyDraft().territory, name: tooLong(TEXT_LIMITS.territoryName) },
      partners: [{ pioneer: '', role: tooLong(TEXT_LIMITS.partnerRole) }],
    };
    const messages = Object.fromEntries(draftIssues(draft, choices, TODAY).map((issue) => [fieldKey(issue.path), issue.message]));
    expect(messages).toMatchObject({
      'title': `le titre doit tenir en ${TEXT_LIMITS.title} caractères — il en fait ${TEXT_LIMITS.title + 1}`,
      'territory.name': `le nom du territoire doit tenir en ${TEXT_LIMITS.territoryName} caractères — il en fait ${TEXT_LIMITS.territoryName + 1}`,
      'partners.0.role': `le rôle doit tenir en ${TEXT_LIMITS.partnerRole} caractères — il en fait ${TEXT_LIMITS.partnerRole + 1}`,
    });
  });
});

describe('a factor or an instrument cited by a case', () => {
  const factorsOf = (factors: unknown) => caseSchema(idReference).safeParse({ factors });
  const issueOf = (factors: unknown) => factorsOf(factors).error?.issues.find((issue) => issue.path[0] === 'factors');

  it('is written as its id alone, or with one line on how it played out there; both read the same', () => {
    expect(issueOf(['confiance', { factor: 'temps-long', note: 'Vingt-deux mois avant le premier partenariat.' }])).toBeUndefined();
    const parsed = caseSchema(idReference).shape.factors.parse(['confiance', { factor: 'temps-long', note: 'Vingt-deux mois.' }]);
    expect(parsed).toEqual([{ collection: 'factors', id: 'confiance' }, { collection: 'factors', id: 'temps-long', note: 'Vingt-deux mois.' }]);
  });

  it('says how to write it when the shape is wrong', () => {
    expect(issueOf([{ factor: 'confiance' }])?.message).toBe('attendu : un identifiant, ou « factor: <identifiant> » suivi de « note: <une phrase> »');
    expect(issueOf([{ facteur: 'confiance', note: 'x' }])?.message).toBe('attendu : un identifiant, ou « factor: <identifiant> » suivi de « note: <une phrase> »');
  });

  it('is refused twice, noted or not', () => {
    expect(issueOf(['confiance', { factor: 'confiance', note: 'Une ligne.' }])?.message).toBe('« confiance » figure deux fois dans la liste ; gardez-le une seule fois');
  });
});
