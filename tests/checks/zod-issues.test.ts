import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeValue, objectKeysAt, validate } from '../../src/lib/validation/zod-issues.ts';

const messages = (schema: z.ZodType, input: unknown) => {
  const result = validate(schema, input);
  return result.success ? [] : result.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('zod issues in French', () => {
  it('says what was expected and what was found', () => {
    expect(messages(z.strictObject({ count: z.number() }), { count: 'douze' })).toEqual([{ path: 'count', message: 'attendu un nombre — trouvé le texte « douze »' }]);
  });

  it('keeps the message written in the model', () => {
    expect(messages(z.strictObject({ year: z.number({ error: 'une année en chiffres' }) }), { year: '2016' })).toEqual([
      { path: 'year', message: 'une année en chiffres — trouvé le texte « 2016 »' },
    ]);
  });

  it('collapses a union into the types it accepts', () => {
    expect(messages(z.union([z.string(), z.number()]), true)).toEqual([{ path: '', message: 'attendu un texte ou un nombre — trouvé la valeur true' }]);
  });

  it('lists the allowed values of an enum', () => {
    expect(messages(z.enum(['published', 'planned']), 'draft')).toEqual([{ path: '', message: 'valeurs possibles : « published », « planned » — trouvé le texte « draft »' }]);
  });

  it('says how long a list or a text is against its limit', () => {
    expect(messages(z.array(z.string()).max(1), ['a', 'b'])).toEqual([{ path: '', message: 'au plus 1 élément dans la liste — la liste en a 2' }]);
    expect(messages(z.string().max(3), 'abcdef')).toEqual([{ path: '', message: 'au plus 3 caractères — il en fait 6' }]);
  });

  it('reports each unknown key at its own path, with the closest known key', () => {
    const schema = z.strictObject({ partners: z.array(z.strictObject({ pioneer: z.string(), role: z.string() })) });
    expect(messages(schema, { partners: [{ pioneer: 'a', rôle: 'x', role: 'y', note: 'z' }] })).toEqual([
      { path: 'partners.0.rôle', message: 'champ inconnu « rôle » — vouliez-vous dire « role » ?' },
      { path: 'partners.0.note', message: 'champ inconnu « note » — champs acceptés : pioneer, role' },
    ]);
  });

  it('finds the keys of an object through optional, default and transform wrappers', () => {
    const schema = z.strictObject({ source: z.strictObject({ label: z.string(), url: z.string() }).optional() }).transform((value) => value);
    expect(objectKeysAt(schema, ['source'])).toEqual(['label', 'url']);
    expect(objectKeysAt(schema, ['missing'])).toEqual([]);
  });

  it('describes YAML values as a contributor wrote them', () => {
    expect([undefined, null, 'x', 3, false, [], {}, new Date(0)].map(describeValue)).toEqual([
      'rien',
      'une valeur vide',
      'le texte « x »',
      'le nombre 3',
      'la valeur false',
      'une liste',
      'des champs « clé: valeur »',
      'une date',
    ]);
  });
});
