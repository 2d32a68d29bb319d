/**
 * What is wrong with a draft, field by field: the content model's own schemas
 * (caseSchema, pioneerSchema) run on the data the files will hold, references
 * being checked against the lists the contributor picked from, plus what only
 * a new file can get wrong (an id already taken).
 */
import { z } from 'astro/zod';
import { collectionNamed, collectionPath } from '../collections.ts';
import { caseSchema, pioneerSchema, type Reference, type ReferenceFactory } from '../content-model.ts';
import { slugify } from '../slug.ts';
import { didYouMean } from '../validation/suggestions.ts';
import { validate } from '../validation/zod-issues.ts';
import type { CaseChoices, Choice, ChoiceCollection } from './choices.ts';
import { fieldKey, type CaseDraft } from './draft.ts';
import { caseFilePath, caseFrontmatter, pioneerData, pioneerFilePath } from './files.ts';

/** A problem with one answer; `path` is the field's place in the draft (`['partners', 0, 'role']`). */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
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
