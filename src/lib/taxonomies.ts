/**
 * How each taxonomy presents itself to readers, and the name of its filter in
 * search URLs (/recherche/?theme=…&instigateur=…). Data about the terms lives in
 * content/taxonomies/; this is only the wording of their pages.
 */
import type { TaxonomyName } from './routes.ts';

export interface TaxonomyInfo {
  /** Title of the index page, e.g. « Thèmes ». */
  title: string;
  /** « rattaché au thème », « à la région » : the term's noun after « à », contracted as French requires. */
  toTerm: string;
  /** One paragraph under the title of the index page. */
  intro: string;
  /** The URL parameter that filters the search on this taxonomy. */
  searchParam: string;
}

export const taxonomyInfo: Record<TaxonomyName, TaxonomyInfo> = {
  themes: {
    title: 'Thèmes',
    toTerm: 'au thème',
    intro: 'Les besoins du territoire auxquels les alliances répondent, chacun rattaché à l’objectif de développement durable le plus proche.',
    searchParam: 'theme',
  },
  factors: {
    title: 'Facteurs clés de succès',
    toTerm: 'au facteur clé de succès',
    intro: 'Ce qui fait qu’une alliance tient et produit ses effets, d’après ceux qui les ont vécues.',
    searchParam: 'facteur',
  },
  actorTypes: {
    title: 'Types d’acteurs',
    toTerm: 'au type d’acteur',
    intro: 'Qui fait alliance : chaque type d’acteur y tient un rôle différent.',
    searchParam: 'acteur',
  },
  instruments: {
    title: 'Instruments',
    toTerm: 'à l’instrument',
    intro: 'Les outils au service des alliances, du dialogue territorial à l’évaluation partenariale.',
    searchParam: 'instrument',
  },
  stages: {
    title: 'Stades de maturité',
    toTerm: 'au stade',
    intro: 'Du premier tour de table à l’essaimage : où en est chaque alliance.',
    searchParam: 'stade',
  },
  regions: {
    title: 'Territoires',
    toTerm: 'à la région',
    intro: 'Les alliances et les pionniers, région par région, outre-mer compris.',
    searchParam: 'region',
  },
  partnershipForms: {
    title: 'Formes de partenariat',
    toTerm: 'à la forme de partenariat',
    intro: 'Les quatre façons dont entreprises et structures d’intérêt général travaillent ensemble.',
    searchParam: 'forme',
  },
  territoryLevels: {
    title: 'Échelles territoriales',
    toTerm: 'à l’échelle',
    intro: 'Du quartier au pays entier : à quelle échelle chaque alliance agit.',
    searchParam: 'echelle',
  },
};

/** The search filter on the type of the organisation that launched a case. */
export const INSTIGATOR_SEARCH_PARAM = 'instigateur';
