import { describe, expect, it } from 'vitest';
import { mdxComponentNames, readMdxProps } from '../../src/lib/mdx-components.ts';
import { renderMdx } from '../../src/lib/mdx-render.ts';

describe('MDX components', () => {
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

describe('MDX rendered to HTML when the content is read', () => {
  it('prints each allowed component, its Markdown inside rendered too', () => {
    const { html } = renderMdx([
      '<Encadre titre="À retenir">\n\nUne idée **forte**.\n\n</Encadre>',
      '<Citation auteur="Une maire">\n\nNous avons "appris".\n\n</Citation>',
      '<ChiffreCle valeur="42 %" libelle="des habitants consultés" source="INSEE, 2021" />',
      '<ChiffreCle valeur="3" libelle="communes" />',
    ].join('\n\n'));
    expect(html).toBe([
      '<aside class="encadre" aria-labelledby="encadre-a-retenir"><h3 class="encadre__titre" id="encadre-a-retenir">À retenir</h3><p>Une idée <strong>forte</strong>.</p></aside>',
      '<figure class="citation"><blockquote><p>Nous avons “appris”.</p></blockquote><figcaption>— Une maire</figcaption></figure>',
      '<figure class="chiffre-cle"><p class="chiffre-cle__valeur">42 %</p><figcaption>des habitants consultés<span class="chiffre-cle__source"> (source : INSEE, 2021)</span></figcaption></figure>',
      '<figure class="chiffre-cle"><p class="chiffre-cle__valeur">3</p><figcaption>communes</figcaption></figure>',
      '',
    ].join('\n'));
  });

  it('has markup for every component of the allow-list', () => {
    const props = { Citation: '', ChiffreCle: 'valeur="1" libelle="x"', Encadre: '' };
    for (const name of mdxComponentNames) expect(renderMdx(`<${name} ${props[name]} />`).html).toMatch(/^<(figure|div) class="/);
  });

  it('makes a titled box a landmark named by its title, an untitled one a note', () => {
    expect(renderMdx('<Encadre>\n\nSans titre.\n\n</Encadre>').html).toBe('<div class="encadre" role="note"><p>Sans titre.</p></div>\n');
    expect(renderMdx('<Encadre titre="Les chiffres">x</Encadre>').html).toMatch(/^<aside class="encadre" aria-labelledby="encadre-les-chiffres"><h3 class="encadre__titre" id="encadre-les-chiffres">Les chiffres<\/h3>/);
  });

  it('moves the links written from the site’s root under its base path, as Markdown’s', () => {
    const text = '[Un cas](/cas/x/), [ailleurs](https://example.org/), [plus bas](#x), <Encadre>![Carte](/images/carte.png)</Encadre>';
    expect(renderMdx(text).html).toContain('href="/cas/x/"');
    const under = renderMdx(text, '/alliances/').html;
    expect(under).toContain('href="/alliances/cas/x/"');
    expect(under).toContain('src="/alliances/images/carte.png"');
    expect(under).toContain('href="https://example.org/"');
    expect(under).toContain('href="#x"');
  });

  it('renders the text as the Markdown of a .md page: same features, headings with the same ids', () => {
    const { html, headings } = renderMdx('## L’alliance et qui fait quoi\n\nUn "texte" -- enfin... ~~barré~~.\n\n| a |\n| - |\n| 1 |\n\n## Contexte\n\n## Contexte\n');
    expect(html).toContain('<h2 id="lalliance-et-qui-fait-quoi">L’alliance et qui fait quoi</h2>');
    expect(html).toContain('<p>Un “texte” – enfin… <del>barré</del>.</p>');
    expect(html).toContain('<table>');
    expect(headings).toEqual([
      { depth: 2, slug: 'lalliance-et-qui-fait-quoi', text: 'L’alliance et qui fait quoi' },
      { depth: 2, slug: 'contexte', text: 'Contexte' },
      { depth: 2, slug: 'contexte-1', text: 'Contexte' },
    ]);
  });

  it('drops comments, and refuses what the checker refuses rather than print it', () => {
    expect(renderMdx('Avant {/* une note */} après.').html).toBe('<p>Avant  après.</p>\n');
    expect(() => renderMdx('Un calcul : {1 + 1}.')).toThrow('expression {…} non autorisée');
    expect(() => renderMdx("import X from './x.js'\n\nTexte.")).toThrow('import ou export non autorisé');
    expect(() => renderMdx('<img src="x" onerror="alert(1)" />')).toThrow('élément <img> non autorisé');
    expect(() => renderMdx('<Encadre titre={quelque.chose}>x</Encadre>')).toThrow('attribut calculé');
    expect(() => renderMdx('<ChiffreCle valeur="1" />')).toThrow('<ChiffreCle> : libelle');
  });
});
