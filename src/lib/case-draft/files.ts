/**
 * From a draft to the files it produces: the case file (frontmatter in the
 * order a reader expects, then every section of the body, ready to fill) and
 * one file per organisation it introduces. validation.ts checks the same data
 * with the content model before anything is written.
 */
import { CASE_SECTIONS } from '../case-sections.ts';
import { collectionPath } from '../collections.ts';
import { toYaml } from '../frontmatter-yaml.ts';
import { slugify } from '../slug.ts';
import type { CaseDraft, PioneerDraft, SourceDraft } from './draft.ts';

export const caseFilePath = (slug: string) => `content/${collectionPath('cases')}/${slug}.md`;
export const pioneerFilePath = (id: string) => `content/${collectionPath('pioneers')}/${id}.yaml`;

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
export function caseFrontmatter(draft: CaseDraft, today: Date) {
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

/** The data of a new organisation's file. */
export function pioneerData(pioneer: PioneerDraft) {
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
