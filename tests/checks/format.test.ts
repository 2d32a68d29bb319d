import { describe, expect, it } from 'vitest';
import { formatGithub, formatSummary, formatText } from '../../src/lib/checks/engine/format.ts';
import type { Problem } from '../../src/lib/checks/engine/problem.ts';

const problem: Problem = {
  file: 'content/cas/mon-cas.mdx',
  line: 7,
  column: 3,
  field: 'instigator',
  message: 'pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?',
  rule: 'references/unknown',
  severity: 'error',
};

const warning: Problem = { ...problem, field: 'factors[0]', message: '« confiance » n’a pas de note', rule: 'cases/term-notes', severity: 'warning' };

describe('problem output', () => {
  it('prints one line per problem: file:line:column, field, message, rule', () => {
    expect(formatText(problem)).toBe('content/cas/mon-cas.mdx:7:3  instigator  pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?  [references/unknown]');
    expect(formatText({ ...problem, field: '' })).toBe('content/cas/mon-cas.mdx:7:3  pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?  [references/unknown]');
    expect(formatText(warning)).toBe('content/cas/mon-cas.mdx:7:3  factors[0]  « confiance » n’a pas de note  [cases/term-notes · avertissement]');
  });

  it('prints GitHub annotations, escaped', () => {
    expect(formatGithub(problem)).toBe(
      '::error file=content/cas/mon-cas.mdx,line=7,col=3,title=references/unknown · instigator::pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?',
    );
    expect(formatGithub({ ...problem, field: 'a,b:c', message: '100 %\nsuite' })).toBe('::error file=content/cas/mon-cas.mdx,line=7,col=3,title=references/unknown · a%2Cb%3Ac::100 %25%0Asuite');
    expect(formatGithub({ ...problem, field: '' })).toContain(',title=references/unknown · contenu::');
    expect(formatGithub(warning)).toMatch(/^::warning file=content\/cas\/mon-cas\.mdx,line=7,col=3,title=cases\/term-notes · factors\[0\]::/);
  });

  it('ends with a summary', () => {
    expect(formatSummary([], 1, 230)).toBe('✓ aucun problème — 1 fichier vérifié en 0,23 s');
    expect(formatSummary([problem, problem, { ...problem, file: 'content/cas/autre.md' }], 120, 1500)).toBe('✗ 3 problèmes dans 2 fichiers — 120 fichiers vérifiés en 1,5 s');
  });

  it('counts warnings apart: they never make the check fail', () => {
    expect(formatSummary([warning, warning], 12, 100)).toBe('✓ aucun problème, 2 avertissements — 12 fichiers vérifiés en 0,1 s');
    expect(formatSummary([problem, warning, { ...warning, file: 'content/cas/autre.md' }], 12, 100)).toBe('✗ 1 problème dans 1 fichier, 2 avertissements — 12 fichiers vérifiés en 0,1 s');
  });
});
