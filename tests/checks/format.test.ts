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
};

describe('problem output', () => {
  it('prints one line per problem: file:line:column, field, message, rule', () => {
    expect(formatText(problem)).toBe('content/cas/mon-cas.mdx:7:3  instigator  pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?  [references/unknown]');
    expect(formatText({ ...problem, field: '' })).toBe('content/cas/mon-cas.mdx:7:3  pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?  [references/unknown]');
  });

  it('prints GitHub annotations, escaped', () => {
    expect(formatGithub(problem)).toBe(
      '::error file=content/cas/mon-cas.mdx,line=7,col=3,title=references/unknown · instigator::pionnier inconnu « mairie-de-dunkerk » — vouliez-vous dire « mairie-de-dunkerque » ?',
    );
    expect(formatGithub({ ...problem, field: 'a,b:c', message: '100 %\nsuite' })).toBe('::error file=content/cas/mon-cas.mdx,line=7,col=3,title=references/unknown · a%2Cb%3Ac::100 %25%0Asuite');
    expect(formatGithub({ ...problem, field: '' })).toContain(',title=references/unknown · contenu::');
  });

  it('ends with a summary', () => {
    expect(formatSummary([], 1, 230)).toBe('✓ aucun problème — 1 fichier vérifié en 0,23 s');
    expect(formatSummary([problem, problem, { ...problem, file: 'content/cas/autre.md' }], 120, 1500)).toBe('✗ 3 problèmes dans 2 fichiers — 120 fichiers vérifiés en 1,5 s');
  });
});
