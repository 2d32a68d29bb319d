/**
 * What a contributor picks from: the taxonomy terms and the pioneers of the
 * site, and the ids a new case may not take. The form embeds them at build
 * time; `npm run new` reads them from content/ (scripts/lib/read-choices.ts).
 */
import type { Catalog } from '../catalog.ts';

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
