import { describe, expect, it } from 'vitest';
import { caseSchema, idReference } from '../src/lib/content-model.ts';

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
