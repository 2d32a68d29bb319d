/**
 * Writes a new case file (and the files of the organisations it introduces)
 * from a contributor's answers. Shared by `npm run new` (scripts/new-case.ts)
 * and the form of /contribuer/, so both ask the same questions, accept the
 * same answers and write the same file.
 *
 * Pure TypeScript with no Node import: it runs in the browser. Answers are
 * validated with the content model's own schemas (caseSchema, pioneerSchema),
 * references being checked against the lists the contributor picked from.
 */
import { z } from 'astro/zod';
import { collectionNamed, collectionPath, type CollectionName } from './collections.ts';
import { caseSchema, pioneerSchema, type Reference, type ReferenceFactory } from './content-model.ts';
import type { Catalog } from './catalog.ts';
import { didYouMean } from './validation/suggestions.ts';
import { validate } from './validation/zod-issues.ts';
import { CASE_SECTIONS } from './case-sections.ts';
import { toYaml } from './frontmatter-yaml.ts';
import { slugify } from './slug.ts';

// ---------------------------------------------------------------------------
// What the contributor picks from, and what they answer.
// ---------------------------------------------------------------------------

/** The collections a case (or a new organisation) picks its references from. */
export type ChoiceCollection =
  | 'territoryLevels' | 'regions' | 'stages' | 'themes' | 'instruments' | 'factors' | 'partnershipForms' | 'actorTypes' | 'pioneers';

export interface Choice {
  id: string;
  label: string;
  /** A definition or a detail shown next to the label. */
  hint?: string;
}

export interface CaseChoices {
  lists: Record<ChoiceCollection, Choice[]>;
  /** Ids of the cases that exist already: a new case may not take one. */
  caseIds: string[];
}

export interface SourceDraft {
  label: string;
  url: string;
}

/** An organisation that is not among the pioneers yet; its id is its name, folded into a slug. */
export interface PioneerDraft {
  name: string;
  actorType: string;
  /** Empty for an organisation acting nationwide. */
  region: string;
  website: string;
  description: string;
  source: SourceDraft;
}

/** The answers, as typed: strings everywhere, lists of ids, nothing converted yet. */
export interface CaseDraft {
  title: string;
  summary: string;
  territory: { name: string; level: string; regions: string[]; department: string };
  startYear: string;
  stage: string;
  /** A pioneer id, possibly the id of one of `newPioneers`. */
  instigator: string;
  partners: { pioneer: string; role: string }[];
  themes: string[];
  instruments: string[];
  factors: string[];
  partnershipForms: string[];
  sources: SourceDraft[];
  newPioneers: PioneerDraft[];
  /** Text already written for some sections of the body; the others get a hint to fill. */
  sections: Partial<Record<SectionId, string>>;
}

export const emptyDraft = (): CaseDraft => ({
  title: '',
  summary: '',
  territory: { name: '', level: '', regions: [], department: '' },
  startYear: '',
  stage: '',
  instigator: '',
  partners: [],
  themes: [],
  instruments: [],
  factors: [],
  partnershipForms: [],
  sources: [],
  newPioneers: [],
  sections: {},
});

/** The choices of the site, as the form embeds them at build time. */
export function choicesFromCatalog(catalog: Catalog): CaseChoices {
  const terms = (taxonomy: Exclude<ChoiceCollection, 'pioneers'>): Choice[] =>
    catalog.terms(taxonomy).map((term) => ({ id: term.id, label: term.data.label, hint: term.data.definition }));
  return {
    lists: {
      territoryLevels: terms('territoryLevels'),
      regions: terms('regions'),
      stages: terms('stages'),
      themes: terms('themes'),
      instruments: terms('instruments'),
      factors: terms('factors'),
      partnershipForms: terms('partnershipForms'),
      actorTypes: terms('actorTypes'),
      pioneers: catalog.pioneers.map((pioneer) => ({
        id: pioneer.id,
        label: pioneer.data.name,
        hint: catalog.actorTypeOf(pioneer.id).data.label,
      })),
    },
    caseIds: catalog.cases.map((entry) => entry.id),
  };
}

// ---------------------------------------------------------------------------
// The body: the sections every case sheet has, in this order.
// ---------------------------------------------------------------------------

export { CASE_SECTIONS } from './case-sections.ts';
export type SectionId = (typeof CASE_SECTIONS)[number]['id'];

// ---------------------------------------------------------------------------
// From answers to data, and from data to files.
// ---------------------------------------------------------------------------

const caseFilePath = (slug: string) => `content/${collectionPath('cases')}/${slug}.md`;
const pioneerFilePath = (id: string) => `content/${collectionPath('pioneers')}/${id}.yaml`;

/** A year typed as digits becomes a number; anything else stays text so the schema can say what is wrong. */
const yearValue = (typed: string): number | string | undefined => {
  const value = typed.trim();
  if (value === '') return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
};

/** Today as a UTC calendar date: a contributor east of Greenwich after midnight is not "in the future". */
const calendarDay = (today: Date) => new Date(today.toISOString().slice(0, 10));

/** An address left empty is missing (« champ obligatoire manquant »), not a malformed one. */
const sourceData = (source: SourceDraft) => ({ label: source.label.trim(), url: source.url.trim() || undefined });

/** The frontmatter of the case, in the order a reader of the file expects. */
function caseFrontmatter(draft: CaseDraft, today: Date) {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    illustrative: false,
    territory: {
      name: draft.territory.name.trim(),
      level: draft.territory.level,
      regions: draft.territory.regions,
      department: draft.territory.department.trim() || undefined,
    },
    startYear: yearValue(draft.startYear),
    stage: draft.stage,
    instigator: draft.instigator,
    partners: draft.partners.map((partner) => ({ pioneer: partner.pioneer, role: partner.role.trim() })),
    themes: draft.themes,
    instruments: draft.instruments,
    factors: draft.factors,
    partnershipForms: draft.partnershipForms,
    outcomes: [],
    sources: draft.sources.map(sourceData),
    updated: calendarDay(today),
  };
}

function pioneerData(pioneer: PioneerDraft) {
  return {
    name: pioneer.name.trim(),
    actorType: pioneer.actorType,
    region: pioneer.region || undefined,
    website: pioneer.website.trim() || undefined,
    description: pioneer.description.trim(),
    illustrative: false,
    sources: [sourceData(pioneer.source)],
  };
}

/** Shown at the top of a body still to write; an HTML comment, so it never reaches the page. */
const BODY_GUIDE = '<!-- Écrivez chaque partie à la place de son commentaire. Chaque chiffre cité a sa source (champ sources ou lien dans le texte) ; ne nommez une personne qu’avec son accord. -->';

function caseBody(sections: CaseDraft['sections']): string {
  const written = CASE_SECTIONS.map(({ id, heading, hint }) => {
    const text = sections[id]?.replaceAll('\r\n', '\n').trim();
    return { text, block: `## ${heading}\n\n${text || `<!-- À compléter : ${hint} -->`}\n` };
  });
  const blocks = written.map(({ block }) => block).join('\n');
  return written.every(({ text }) => text) ? blocks : `${BODY_GUIDE}\n\n${blocks}`;
}

/** Like the other pioneer files: editors that read it explain each field (schemas/ is written by `npm run schemas`). */
const PIONEER_SCHEMA_COMMENT = '# yaml-language-server: $schema=../../schemas/pionnier.schema.json\n';

export interface GeneratedFile {
  /** Repository-relative path, with forward slashes. */
  path: string;
  content: string;
}

/** Every file the answers produce: the case, then one file per new organisation. Written even when answers are invalid, for the preview. */
export function draftFiles(draft: CaseDraft, today: Date): GeneratedFile[] {
  const caseFile = {
    path: caseFilePath(slugify(draft.title) || 'nouveau-cas'),
    content: `---\n${toYaml(caseFrontmatter(draft, today))}---\n\n${caseBody(draft.sections)}`,
  };
  const pioneerFiles = draft.newPioneers.map((pioneer) => ({
    path: pioneerFilePath(slugify(pioneer.name) || 'nouvelle-organisation'),
    content: `${PIONEER_SCHEMA_COMMENT}${toYaml(pioneerData(pioneer))}`,
  }));
  return [caseFile, ...pioneerFiles];
}

// ---------------------------------------------------------------------------
// Validation: the content model's schemas, with references checked against the choices.
// ---------------------------------------------------------------------------

/** A problem with one answer; `path` is the field's place in the draft (`['partners', 0, 'role']`). */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** `partners.0.role`: the key of a field, as the form names its inputs. */
export const fieldKey = (path: readonly (string | number)[]) => path.join('.');

export interface Question {
  label: string;
  /** What to write, or an example: shown under the label, or in brackets in the terminal. */
  hint?: string;
}

/** The questions about the case, by field key: the form's labels and the command's prompts. */
export const CASE_QUESTIONS = {
  title: { label: 'Titre du cas', hint: 'ce que fait l’alliance, et où, par exemple « Une épicerie solidaire portée par une entreprise et une association à Rennes »' },
  'territory.name': { label: 'Nom du territoire', hint: 'tel qu’on le dit sur place, par exemple « Pays de Redon »' },
  'territory.level': { label: 'Échelle du territoire' },
  'territory.regions': { label: 'Régions concernées', hint: 'aucune seulement pour une alliance nationale' },
  'territory.department': { label: 'Département', hint: 'code, par exemple 35, 2A ou 974 ; facultatif' },
  startYear: { label: 'Année de démarrage', hint: 'par exemple 2016' },
  stage: { label: 'Stade atteint' },
  instigator: { label: 'Organisation à l’initiative de l’alliance' },
  partners: { label: 'Partenaires', hint: 'les autres membres de l’alliance, chacun avec son rôle' },
  themes: { label: 'Thèmes', hint: 'au moins un' },
  instruments: { label: 'Instruments mobilisés', hint: 'au moins un' },
  factors: { label: 'Facteurs clés de succès', hint: 'ceux que l’on a observés ; facultatif' },
  partnershipForms: { label: 'Formes de partenariat', hint: 'facultatif' },
  sources: { label: 'Sources publiques', hint: 'au moins une page publique qui atteste des faits : article, rapport, site d’un partenaire' },
  summary: { label: 'Résumé', hint: 'une ou deux phrases, de 40 à 320 caractères, affichées dans les listes et la recherche' },
} as const satisfies Record<string, Question>;

export const PARTNER_QUESTIONS = {
  pioneer: { label: 'Organisation partenaire' },
  role: { label: 'Son rôle dans l’alliance', hint: 'ce qu’elle apporte ou fait, par exemple « met à disposition un local »' },
} as const satisfies Record<string, Question>;

export const SOURCE_QUESTIONS = {
  url: { label: 'Adresse de la source', hint: 'commençant par https://' },
  label: { label: 'Titre de la source', hint: 'auteur, titre, date, tel qu’un lecteur le chercherait' },
} as const satisfies Record<string, Question>;

/** About an organisation that is not in the list yet (its file goes to content/pionniers/). */
export const PIONEER_QUESTIONS = {
  name: { label: 'Nom de l’organisation' },
  actorType: { label: 'Type d’acteur' },
  region: { label: 'Région', hint: 'aucune pour une organisation qui agit dans tout le pays' },
  description: { label: 'Présentation', hint: 'deux ou trois phrases factuelles' },
  'source.url': { label: 'Adresse d’une page publique qui la présente', hint: 'commençant par https://' },
  'source.label': { label: 'Titre de cette page' },
  website: { label: 'Site web', hint: 'commençant par https:// ; facultatif' },
} as const satisfies Record<string, Question>;

/** How one item of a list is called, and the questions about its fields. */
const LIST_ITEMS: Record<string, { noun: string; questions: Record<string, Question> }> = {
  partners: { noun: 'Partenaire', questions: PARTNER_QUESTIONS },
  sources: { noun: 'Source', questions: SOURCE_QUESTIONS },
  newPioneers: { noun: 'Nouvelle organisation', questions: PIONEER_QUESTIONS },
};

/** « Partenaire 2 — Son rôle dans l’alliance », « Thèmes »: the field a problem is about, in words. */
export function fieldLabel(path: readonly (string | number)[]): string {
  const [list = '', index, ...rest] = path.map(String);
  const item = LIST_ITEMS[list];
  if (item && index !== undefined) {
    const question = item.questions[rest.join('.')] ?? item.questions[rest[0] ?? ''];
    return `${item.noun} ${Number(index) + 1}${question ? ` — ${question.label}` : ''}`;
  }
  const questions: Record<string, Question> = CASE_QUESTIONS;
  return (questions[`${list}.${index}`] ?? questions[list])?.label ?? fieldKey(path);
}

/** A reference must name an entry of the list the contributor picked from. */
const choiceReference = (lists: Record<ChoiceCollection, Choice[]>): ReferenceFactory =>
  <C extends string>(collection: C) =>
    z
      .string()
      .superRefine((id, ctx) => {
        const known = (lists[collection as ChoiceCollection] ?? []).map((choice) => choice.id);
        if (id === '') ctx.addIssue({ code: 'custom', message: 'choisissez une valeur dans la liste' });
        else if (!known.includes(id)) {
          ctx.addIssue({ code: 'custom', message: `« ${id} » n’existe pas dans content/${collectionPath(collectionNamed(collection))}${didYouMean(id, known)}` });
        }
      })
      .transform((id): Reference<C> => ({ collection, id }));

/** The schema's problems with `data`, in French, each attached to its field under `prefix`. */
function schemaIssues(schema: z.ZodType, data: unknown, prefix: (string | number)[]): FieldIssue[] {
  const result = validate(schema, data);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)))];
    // Year messages name their field for the checker's output (« startYear : … »); next to the field it is noise.
    return { path, message: issue.message.replace(`${String(issue.path.at(-1))} : `, '') };
  });
}

/** A new organisation has one source (`source`), written as the list `sources` of its file. */
const toSourceField = (issue: FieldIssue): FieldIssue => {
  const at = issue.path.indexOf('sources');
  return at === -1 ? issue : { ...issue, path: [...issue.path.slice(0, at), 'source', ...issue.path.slice(at + 2)] };
};

/** The problems with the answers, one per field. An empty list means the files can be written. */
export function draftIssues(draft: CaseDraft, choices: CaseChoices, today: Date): FieldIssue[] {
  const newPioneers = draft.newPioneers.map((pioneer) => ({ id: slugify(pioneer.name), label: pioneer.name }));
  const lists = { ...choices.lists, pioneers: [...choices.lists.pioneers, ...newPioneers] };
  const reference = choiceReference(lists);
  const issues: FieldIssue[] = [];

  issues.push(...schemaIssues(caseSchema(reference), caseFrontmatter(draft, today), []));

  const slug = slugify(draft.title);
  if (draft.title.trim() !== '' && slug === '') {
    issues.push({ path: ['title'], message: 'le titre doit contenir des lettres ou des chiffres' });
  } else if (choices.caseIds.includes(slug)) {
    issues.push({ path: ['title'], message: `un cas porte déjà l’identifiant « ${slug} » (${caseFilePath(slug)}) : précisez le titre` });
  }

  const pioneers = pioneerSchema(reference);
  draft.newPioneers.forEach((pioneer, index) => {
    issues.push(...schemaIssues(pioneers, pioneerData(pioneer), ['newPioneers', index]).map(toSourceField));
    const id = newPioneers[index]!.id;
    if (choices.lists.pioneers.some((known) => known.id === id)) {
      issues.push({ path: ['newPioneers', index, 'name'], message: `« ${id} » existe déjà (${pioneerFilePath(id)}) : choisissez cette organisation dans la liste` });
    } else if (newPioneers.findIndex((other) => other.id === id) < index) {
      issues.push({ path: ['newPioneers', index, 'name'], message: 'cette organisation est déjà décrite plus haut' });
    }
  });
  return firstPerField(issues);
}

/** One problem per field, the first found: a non-URL is not also reported as "not https". */
const firstPerField = (issues: FieldIssue[]) =>
  issues.filter((issue, index) => issues.findIndex((other) => fieldKey(other.path) === fieldKey(issue.path)) === index);

export type CaseBuild =
  | { ok: true; slug: string; files: GeneratedFile[] }
  | { ok: false; issues: FieldIssue[]; files: GeneratedFile[] };

/** The files to write, or the problems that prevent writing them. */
export function buildCase(draft: CaseDraft, choices: CaseChoices, today: Date): CaseBuild {
  const files = draftFiles(draft, today);
  const issues = draftIssues(draft, choices, today);
  return issues.length === 0 ? { ok: true, slug: slugify(draft.title), files } : { ok: false, issues, files };
}

/** The repository's "create a new file" page, prefilled with a generated file. */
export function newFileUrl(repositoryUrl: string, branch: string, file: GeneratedFile): string {
  const slash = file.path.lastIndexOf('/');
  const folder = file.path.slice(0, slash);
  const filename = file.path.slice(slash + 1);
  return `${repositoryUrl}/new/${branch}/${folder}?filename=${encodeURIComponent(filename)}&value=${encodeURIComponent(file.content)}`;
}
