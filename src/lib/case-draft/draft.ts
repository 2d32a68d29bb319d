/**
 * A contributor's answers about a new case, as typed: the shape the form of
 * /contribuer/ reads from its fields and `npm run new` fills (from its
 * questions or from a draft file). Nothing is converted yet; files.ts turns a
 * draft into files, validation.ts says what is wrong with it.
 *
 * Pure TypeScript with no Node import: it runs in the browser.
 */
import type { SectionId } from '../case-sections.ts';

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

export const emptyPioneerDraft = (): PioneerDraft => ({
  name: '',
  actorType: '',
  region: '',
  website: '',
  description: '',
  source: { label: '', url: '' },
});

/** A field's place in the draft: `['partners', 0, 'role']`. */
export type FieldPath = readonly (string | number)[];

/** `partners.0.role`: the key of a field, as the form names its inputs. */
export const fieldKey = (path: FieldPath) => path.join('.');
