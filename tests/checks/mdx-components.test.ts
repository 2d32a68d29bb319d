import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxComponentNames, readMdxProps } from '../../src/lib/mdx-components.ts';

describe('MDX components', () => {
  it('has an Astro component for every name of the allow-list, and no other', async () => {
    const files = await readdir(join(import.meta.dirname, '../../src/components/mdx'));
    expect(files.filter((file) => file.endsWith('.astro')).map((file) => file.replace('.astro', '')).sort()).toEqual([...mdxComponentNames].sort());
  });

  it('reads valid props at render time', () => {
    expect(readMdxProps('ChiffreCle', { valeur: ' 42 % ', libelle: 'des habitants consultés' })).toEqual({ valeur: '42 %', libelle: 'des habitants consultés' });
    expect(readMdxProps('Encadre', {})).toEqual({});
  });

  it('stops the render with the checker’s message on bad props', () => {
    expect(() => readMdxProps('ChiffreCle', { valeur: 42, libelle: 'x', couleur: 'rouge' })).toThrow(
      '<ChiffreCle> : valeur : attendu un texte entre guillemets, par exemple valeur="42 %" — trouvé le nombre 42 ; couleur : attribut inconnu « couleur » — attributs acceptés : valeur, libelle, source',
    );
  });
});
