/**
 * The case draft shared by `npm run new` and the form of /contribuer/:
 * identifiers, the files it becomes, and the answers it refuses, field by field.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCase } from '../src/lib/case-draft/build.ts';
import type { CaseChoices } from '../src/lib/case-draft/choices.ts';
import { emptyDraft, fieldKey, type CaseDraft } from '../src/lib/case-draft/draft.ts';
import { draftFiles } from '../src/lib/case-draft/files.ts';
import { newFileUrl } from '../src/lib/case-draft/github.ts';
import { fieldLabel } from '../src/lib/case-draft/questions.ts';
import { draftIssues, type FieldIssue } from '../src/lib/case-draft/validation.ts';
import { CASE_SECTIONS } from '../src/lib/case-sections.ts';
import { slugify } from '../src/lib/slug.ts';

const TODAY = new Date('2026-03-14T10:00:00Z');

const listOf = (...ids: string[]) => ids.map((id) => ({ id, label: id.toUpperCase() }));

const choices: CaseChoices = {
  lists: {
    territoryLevels: listOf('commune', 'national'),
    regions: listOf('bretagne', 'occitanie'),
    stages: listOf('emergence', 'structuration'),
    themes: listOf('alimentation', 'sante'),
    instruments: listOf('dialogue-territorial', 'experimentation-collective'),
    factors: listOf('confiance'),
    partnershipForms: listOf('mecenat'),
    actorTypes: listOf('entreprise', 'interet-general'),
    pioneers: listOf('le-rameau', 'mairie-de-brest'),
  },
  caseIds: ['jardin-partage-a-brest'],
};

const validDraft = (): CaseDraft => ({
  ...emptyDraft(),
  title: 'Une épicerie solidaire à Rennes',
  summary: 'Une épicerie solidaire ouverte par une association de quartier avec le soutien d’une entreprise locale.',
  territory: { name: 'Rennes', level: 'commune', regions: ['bretagne'], department: '35' },
  startYear: '2019',
  stage: 'emergence',
  instigator: 'le-rameau',
  partners: [{ pioneer: 'mairie-de-brest', role: 'prête un local' }],
  themes: ['alimentation'],
  instruments: ['dialogue-territorial'],
  sources: [{ url: 'https://example.org/epicerie', label: 'Ouest-France, 2020' }],
});

const frontmatterOf = (content: string) => parse(content.split('---\n')[1]!);

const messagesByField = (issues: FieldIssue[]) => Object.fromEntries(issues.map((issue) => [fieldKey(issue.path), issue.message]));

describe('slugify', () => {
  it('folds French accents and ligatures into a lowercase id', () => {
    expect(slugify('Œuvre d’Échirolles : l’été à Saint-Étienne')).toBe('oeuvre-d-echirolles-l-ete-a-saint-etienne');
    expect(slugify('  Ça « marche » ! Cæsar  ')).toBe('ca-marche-caesar');
  });

  it('cuts a long title at a word boundary', () => {
    const slug = slugify('Une alliance territoriale '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^une-alliance-territoriale(-[a-z]+)*[a-z]$/);
  });
});

describe('the file of a new case', () => {
  const [caseFile] = draftFiles(validDraft(), TODAY);

  it('is named after the title, in content/cas/', () => {
    expect(caseFile!.path).toBe('content/cas/une-epicerie-solidaire-a-rennes.md');
  });

  it('holds the answers as frontmatter, marked real and dated today', () => {
    const data = frontmatterOf(caseFile!.content);
    expect(data).toMatchObject({
      title: 'Une épicerie solidaire à Rennes',
      illustrative: false,
      territory: { name: 'Rennes', level: 'commune', regions: ['bretagne'], department: '35' },
      startYear: 2019,
      instigator: 'le-rameau',
      partners: [{ pioneer: 'mairie-de-brest', role: 'prête un local' }],
      factors: [],
      outcomes: [],
      sources: [{ url: 'https://example.org/epicerie', label: 'Ouest-France, 2020' }],
    });
    expect(caseFile!.content).toMatch(/^updated: 2026-03-14$/m);
  });

  it('leaves out a department that was not given', () => {
    const [file] = draftFiles({ ...validDraft(), territory: { ...validDraft().territory, department: ' ' } }, TODAY);
    expect(frontmatterOf(file!.content).territory).not.toHaveProperty('department');
  });

  it('has every section of the template, in order, each ready to fill', () => {
    const headings = [...caseFile!.content.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(CASE_SECTIONS.map((section) => section.heading));
    expect(caseFile!.content.match(/<!-- À compléter : /g)).toHaveLength(CASE_SECTIONS.length);
  });

  it('puts the text already written in its section instead of the hint', () => {
    const [file] = draftFiles({ ...validDraft(), sections: { contexte: 'Le quartier manquait d’un commerce.\r\n\r\nDeuxième paragraphe.' } }, TODAY);
    expect(file!.content).toContain('## Contexte\n\nLe quartier manquait d’un commerce.\n\nDeuxième paragraphe.\n\n## L');
  });

  it('keeps any text intact through YAML, quoting only what needs it', () => {
    const tricky = ['Rennes : quartier # 3', 'yes', '2019', '« guillemets » et "doubles"', 'ligne\nsuivante', ' espaces ', 'a\\b', 'Saint-Malo'];
    for (const name of tricky) {
      const [file] = draftFiles({ ...validDraft(), territory: { ...validDraft().territory, name } }, TODAY);
      expect(frontmatterOf(file!.content).territory.name).toBe(name.trim());
    }
    expect(caseFile!.content).toContain('  name: Rennes\n');
    expect(caseFile!.content).toContain('  department: "35"\n');
  });
});

describe('an organisation described with the case', () => {
  const draft: CaseDraft = {
    ...validDraft(),
    instigator: 'epicerie-du-coin',
    newPioneers: [
      { name: 'Épicerie du Coin', actorType: 'interet-general', region: '', website: '', description: 'Association de quartier.', source: { url: 'https://example.org/coin', label: 'Site de l’association' } },
    ],
  };

  it('gets its own file in content/pionniers/, and can be the instigator', () => {
    const result = buildCase(draft, choices, TODAY);
    expect(result.ok).toBe(true);
    const pioneerFile = result.files[1]!;
    expect(pioneerFile.path).toBe('content/pionniers/epicerie-du-coin.yaml');
    expect(parse(pioneerFile.content)).toEqual({
      name: 'Épicerie du Coin',
      actorType: 'interet-general',
      description: 'Association de quartier.',
      illustrative: false,
      sources: [{ url: 'https://example.org/coin', label: 'Site de l’association' }],
    });
  });

  it('may not take the id of a pioneer already listed', () => {
    const taken = { ...draft, instigator: 'le-rameau', newPioneers: [{ ...draft.newPioneers[0]!, name: 'Le Rameau' }] };
    expect(messagesByField(draftIssues(taken, choices, TODAY))['newPioneers.0.name']).toMatch(/« le-rameau » existe déjà \(content\/pionniers\/le-rameau\.yaml\)/);
  });

  it('needs a secure source, reported at its own field', () => {
    const insecure = { ...draft, newPioneers: [{ ...draft.newPioneers[0]!, source: { url: 'http://example.org', label: 'Site' } }] };
    expect(messagesByField(draftIssues(insecure, choices, TODAY))).toEqual({ 'newPioneers.0.source.url': expect.stringMatching(/https:\/\//) });
  });
});

describe('answers the template refuses', () => {
  it('names every missing answer at its field, in French', () => {
    expect(messagesByField(draftIssues(emptyDraft(), choices, TODAY))).toEqual({
      title: 'ce champ ne peut pas être vide',
      summary: 'le résumé doit faire au moins 40 caractères',
      'territory.name': 'ce champ ne peut pas être vide',
      'territory.level': 'choisissez une valeur dans la liste',
      startYear: 'champ obligatoire manquant — attendu une année en chiffres, par exemple 2016',
      stage: 'choisissez une valeur dans la liste',
      instigator: 'choisissez une valeur dans la liste',
      themes: 'indiquez au moins 1 thème',
      instruments: 'indiquez au moins 1 instrument',
    });
  });

  it('refuses an unknown id and suggests the closest one', () => {
    const issues = draftIssues({ ...validDraft(), themes: ['alimentaton'] }, choices, TODAY);
    expect(messagesByField(issues)).toEqual({ 'themes.0': '« alimentaton » n’existe pas dans content/taxonomies/themes.yaml — vouliez-vous dire « alimentation » ?' });
  });

  it('refuses a title whose file exists already', () => {
    const issues = draftIssues({ ...validDraft(), title: 'Jardin partagé à Brest' }, choices, TODAY);
    expect(messagesByField(issues)).toEqual({ title: 'un cas porte déjà l’identifiant « jardin-partage-a-brest » (content/cas/jardin-partage-a-brest.md) : précisez le titre' });
  });

  it('refuses a year to come, a short summary and a real case without source', () => {
    const issues = draftIssues({ ...validDraft(), startYear: String(new Date().getFullYear() + 1), summary: 'Trop court.', sources: [] }, choices, TODAY);
    expect(messagesByField(issues)).toEqual({
      startYear: 'cette année est dans le futur ; indiquez une année passée ou l\'année en cours',
      summary: 'le résumé doit faire au moins 40 caractères — il en fait 11',
      sources: 'un cas réel doit citer au moins une source publique (label + url)',
    });
  });

  it('refuses the instigator listed again among the partners', () => {
    const issues = draftIssues({ ...validDraft(), partners: [{ pioneer: 'le-rameau', role: 'lance' }] }, choices, TODAY);
    expect(issues).toEqual([{ path: ['partners', 0, 'pioneer'], message: '« le-rameau » est déjà l’instigateur ; ne le répétez pas parmi les partenaires' }]);
    expect(fieldLabel(issues[0]!.path)).toBe('Partenaire 1 — Organisation partenaire');
  });

  it('reports one problem per field', () => {
    const issues = draftIssues({ ...validDraft(), sources: [{ url: 'pas une adresse', label: 'x' }] }, choices, TODAY);
    expect(issues).toHaveLength(1);
    expect(fieldLabel(issues[0]!.path)).toBe('Source 1 — Adresse de la source');
  });
});

describe('the way out to the repository', () => {
  it('opens its "new file" page with the file prefilled', () => {
    const url = new URL(newFileUrl('https://github.com/org/depot', 'main', { path: 'content/cas/a-b.md', content: '---\ntitle: Été & co\n' }));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/org/depot/new/main/content/cas');
    expect(url.searchParams.get('filename')).toBe('a-b.md');
    expect(url.searchParams.get('value')).toBe('---\ntitle: Été & co\n');
  });
});
