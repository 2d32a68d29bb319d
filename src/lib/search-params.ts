/**
 * The names the search page's URL, the Pagefind index and the search table
 * share, and nothing else: the search page's script imports them, so this module imports no other
 * (the content model and its zod schemas would weigh 30 KB in the browser).
 * The facets themselves are computed at build time (src/lib/search-facets.ts).
 */

/** URL parameter of the content-type facet, and its values (id in URLs → label in the search table). */
export const CONTENT_TYPE_SEARCH_PARAM = 'type';
export const contentTypes = { cas: 'Cas', temoignage: 'Témoignage', pionnier: 'Pionnier', sequence: 'Séquence' } as const;

/** The search filter on the type of the organisation that launched a case. */
export const INSTIGATOR_SEARCH_PARAM = 'instigateur';

/** URL parameter of the real-or-illustrative facet, and its values. */
export const NATURE_SEARCH_PARAM = 'nature';
export const natures = { reel: 'Réel', illustratif: 'Exemple fictif' } as const;

/** The meta a result shows as its date when the year alone would say too much or too little: « vers 2016 » for a roughly dated testimony. */
export const WHEN_KEY = 'quand';

export interface FacetTerm {
  /** Written in URLs. */
  id: string;
  /** Stored in the search table and shown on the search page. */
  label: string;
}
