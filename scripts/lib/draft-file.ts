/**
 * `npm run new -- --from brouillon.json`: a case draft written as JSON, with
 * the keys of the form of /contribuer/ (src/lib/case-draft/draft.ts). A key
 * left out is an empty answer; an unknown key or a value of the wrong type is
 * refused here, with the key to fix. What the answers say is then checked by
 * the content model, as for the form.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { CASE_SECTIONS, type SectionId } from '../../src/lib/case-sections.ts';
import { SUMMARY_MAX, SUMMARY_MIN } from '../../src/lib/content-model.ts';
import type { CaseDraft } from '../../src/lib/case-draft/draft.ts';
import { formatPath } from '../../src/lib/validation/data-path.ts';
import { validate } from '../../src/lib/validation/zod-issues.ts';

const text = z.string({ error: 'attendu un texte entre guillemets, par exemple "Rennes"' }).default('');
const ids = z.array(z.string({ error: 'attendu un identifiant entre guillemets' }), { error: 'attendu une liste entre crochets, par exemple ["bretagne"]' }).default([]);
const object = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape, { error: 'attendu des champs entre accolades, par exemple { "url": "https://…", "label": "…" }' });
const list = <Item extends z.ZodType>(item: Item) => z.array(item, { error: 'attendu une liste entre crochets, par exemple [{ … }]' }).default([]);

const source = object({ url: text, label: text });

/** The shape of a draft file: the shape of CaseDraft, every key optional. */
const draftFileSchema = object({
  title: text,
  summary: text,
  territory: object({ name: text, level: text, regions: ids, department: text }).prefault({}),
  // A year written as a number in JSON means the same as the text.
  startYear: z.union([z.string(), z.int().transform(String)], { error: 'attendu une année, par exemple "2018"' }).default(''),
  stage: text,
  instigator: text,
  partners: list(object({ pioneer: text, role: text })),
  themes: ids,
  instruments: ids,
  factors: ids,
  partnershipForms: ids,
  sources: list(source),
  newPioneers: list(
    object({ name: text, actorType: text, region: text, website: text, description: text, source: source.prefault({}) }),
  ),
  sections: object(Object.fromEntries(CASE_SECTIONS.map(({ id }) => [id, text])) as Record<SectionId, typeof text>).prefault({}),
});

/** A draft file that cannot be read as a draft: what is wrong, one line per key. */
const draftFileError = (path: string, problems: string[]) =>
  new Error(`le brouillon ${path} n’a pas été lu :\n${problems.map((problem) => `  ${problem}`).join('\n')}`);

/** The draft in the JSON file at `path`, or an error that says what to fix. */
export async function readDraftFile(path: string): Promise<CaseDraft> {
  const json = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw draftFileError(path, [error.code === 'ENOENT' ? 'fichier introuvable' : `fichier illisible (${error.code ?? error.message})`]);
  });
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw draftFileError(path, [`JSON non valide : ${(error as Error).message}`]);
  }
  const result = validate(draftFileSchema, data);
  if (!result.success) {
    throw draftFileError(path, result.issues.map((issue) => (issue.path.length > 0 ? `${formatPath(issue.path)} : ${issue.message}` : issue.message)));
  }
  return result.data satisfies CaseDraft;
}

const EXAMPLE: CaseDraft = {
  title: 'Une conserverie solidaire au Pays de Morlaix',
  summary: `Une ou deux phrases, de ${SUMMARY_MIN} à ${SUMMARY_MAX} caractères, affichées dans les listes et la recherche.`,
  territory: { name: 'Pays de Morlaix', level: 'bassin-de-vie', regions: ['bretagne'], department: '29' },
  startYear: '2018',
  stage: 'experimentation',
  instigator: 'conserverie-du-pays-de-morlaix',
  partners: [{ pioneer: 'le-rameau', role: 'accompagne la démarche' }],
  themes: ['alimentation'],
  instruments: ['experimentation-collective'],
  factors: ['confiance'],
  partnershipForms: [],
  sources: [{ url: 'https://exemple.fr/article', label: 'Journal local, « Une conserverie solidaire », 12 mars 2019' }],
  newPioneers: [
    {
      name: 'Conserverie du Pays de Morlaix',
      actorType: 'interet-general',
      region: 'bretagne',
      website: '',
      description: 'Association qui transforme les invendus agricoles du pays de Morlaix.',
      source: { url: 'https://exemple.fr/association', label: 'Site de l’association' },
    },
  ],
  sections: { contexte: 'Le texte de la partie « Contexte », si vous l’avez déjà écrit.' },
};

/** Indented JSON, with lists of ids on one line. */
const readableJson = (value: unknown) =>
  JSON.stringify(value, null, 2).replace(/\[\s+("[^[\]{}]*?")\s+\]/g, (_, items: string) => `[${items.match(/"(?:[^"\\]|\\.)*"/g)!.join(', ')}]`);

/** The shape of a draft file, for `--help` (and CONTRIBUTING.md, which describes it in French too). */
export const DRAFT_FILE_HELP = `Le brouillon est un fichier JSON qui a les champs du formulaire /contribuer/. Un champ absent
vaut une réponse vide ; un champ inconnu est refusé. Par exemple (une alliance inventée) :

${readableJson(EXAMPLE)}

  territory.level, territory.regions, stage, themes, instruments, factors, partnershipForms,
  newPioneers[].actorType et newPioneers[].region : des identifiants de content/taxonomies/.
  instigator et partners[].pioneer : l’identifiant d’une organisation de content/pionniers/, ou celui
      d’une organisation de newPioneers : son nom en minuscules, sans accents, les mots reliés par des tirets.
  newPioneers : les organisations absentes de content/pionniers/ ; le fichier de chacune est écrit avec la fiche.
  region d’une organisation : "" pour une organisation qui agit dans tout le pays ; website et department sont facultatifs.
  sections : le texte déjà écrit de certaines parties (${CASE_SECTIONS.map(({ id }) => id).join(', ')}) ;
      les autres reçoivent un commentaire à remplacer.`;
