/**
 * The field at a glance: the figures the charts and the map draw, computed
 * from the catalog, real and illustrative cases always counted apart. Pure
 * functions over a catalog, tested without Astro; the components only lay them out.
 */
import type { Catalog, CaseEntry } from './catalog.ts';
import { taxonomySpec, type TaxonomyName } from './collections.ts';
import { formatList, formatNumber } from './format.ts';
import { entryUrl, searchUrl, taxonomyTermUrl } from './routes.ts';
import { CONTENT_TYPE_SEARCH_PARAM, INSTIGATOR_SEARCH_PARAM } from './search-params.ts';

/** How many cases are real and how many invented, never added up without saying so. */
export interface Split {
  real: number;
  illustrative: number;
}

/** One category of a chart: a taxonomy term, its cases, and the list that shows them. */
export interface CategoryCount extends Split {
  id: string;
  label: string;
  href: string;
}

const split = (entries: readonly CaseEntry[]): Split => {
  const real = entries.filter((entry) => !entry.data.illustrative).length;
  return { real, illustrative: entries.length - real };
};

export const totalOf = (count: Split) => count.real + count.illustrative;

/** The noun of one term of a taxonomy, read from its « au thème », « à l’instrument »: « thème », « instrument ». */
export const termNoun = (taxonomy: TaxonomyName) => taxonomySpec(taxonomy).toTerm.replace(/^(?:au|aux|à la|à l’|à l')\s*/u, '');

/** Cases per term of a taxonomy, in the taxonomy's order; each bar leads to the term's page, which lists them. */
export function casesByTerm(catalog: Catalog, taxonomy: TaxonomyName): CategoryCount[] {
  return catalog.terms(taxonomy).map((term) => ({
    id: term.id,
    label: term.data.label,
    href: taxonomyTermUrl(taxonomy, term.id),
    ...split(catalog.cases.filter((entry) => catalog.caseTerms(entry, taxonomy).includes(term.id))),
  }));
}

/** Cases per type of the organisation that launched them; each bar leads to the search filtered on it. */
export function casesByInstigatorType(catalog: Catalog): CategoryCount[] {
  return catalog.terms('actorTypes').map((type) => ({
    id: type.id,
    label: type.data.plural ?? type.data.label,
    href: searchUrl({ [CONTENT_TYPE_SEARCH_PARAM]: 'cas', [INSTIGATOR_SEARCH_PARAM]: type.id }),
    ...split(catalog.cases.filter((entry) => catalog.instigatorTypeOf(entry) === type.id)),
  }));
}

/** Cases per region, with the INSEE code that joins a region to its outline on the map. */
export interface RegionCount extends CategoryCount {
  inseeCode: string;
}

export function casesByRegion(catalog: Catalog): RegionCount[] {
  return casesByTerm(catalog, 'regions').map((count) => ({ ...count, inseeCode: catalog.term('regions', count.id).data.inseeCode ?? '' }));
}

/** Cases with no region: alliances that act across the whole country, which a map of regions cannot place. */
export const nationalCases = (catalog: Catalog) => catalog.cases.filter((entry) => entry.data.territory.regions.length === 0);

/**
 * What the MOOC says of the network of about 200 pioneers: a third come from
 * local authorities, a third from associations, a third from companies
 * (Charles-Benoît Heidsieck, module 3). The only reference figure the site
 * compares its own cases with, so it lives here with its source: the public
 * lecture page. The testimony that summarises that lecture is found by its
 * source, so the figure keeps its citation in a site without it.
 */
export const MOOC_PIONEER_SHARES = {
  shares: { collectivite: 1 / 3, 'interet-general': 1 / 3, entreprise: 1 / 3 } as Record<string, number>,
  label: 'environ un tiers',
  source: {
    label: 'MOOC « Les alliances qui changent les territoires » (ESSEC, Le RAMEAU), module 3, parole d’expert de Charles-Benoît Heidsieck',
    url: 'https://fr.coursera.org/lecture/les-alliances-qui-changent-les-territoires/parole-d-expert-charles-benoit-heidsieck-president-fondateur-du-rameau-episode-3-E2WcU',
  },
} as const;

/** The testimony of the site that summarises the source of the MOOC's figure, if the site has it. */
export const moocWitnessOf = (catalog: Catalog) => catalog.testimonies.find((entry) => entry.data.source?.url === MOOC_PIONEER_SHARES.source.url);

/** One case on the timeline of start years. */
export interface TimelineCase {
  id: string;
  title: string;
  href: string;
  illustrative: boolean;
  startYear: number;
  endYear?: number;
}

/** The cases started in one year: real ones first, then by title. */
export interface TimelineYear {
  year: number;
  cases: TimelineCase[];
}

/** Every year from the oldest start to the latest start or end, so that the gaps show too. */
export function startYearTimeline(catalog: Catalog): TimelineYear[] {
  if (catalog.cases.length === 0) return [];
  const cases: TimelineCase[] = catalog.cases.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    href: entryUrl('cases', entry.id),
    illustrative: entry.data.illustrative,
    startYear: entry.data.startYear,
    endYear: entry.data.endYear,
  }));
  const first = Math.min(...cases.map((item) => item.startYear));
  const last = Math.max(...cases.map((item) => item.endYear ?? item.startYear));
  const order = new Intl.Collator('fr');
  return Array.from({ length: last - first + 1 }, (_, index) => first + index).map((year) => ({
    year,
    cases: cases
      .filter((item) => item.startYear === year)
      .sort((a, b) => Number(a.illustrative) - Number(b.illustrative) || order.compare(a.title, b.title)),
  }));
}

/** « 12 cas, dont 9 réels et 3 exemples fictifs »: what one bar says, in words. */
export function describeSplit(count: Split): string {
  const total = totalOf(count);
  if (total === 0) return 'aucun cas';
  const parts = [
    count.real > 0 && `${formatNumber(count.real)} réel${count.real > 1 ? 's' : ''}`,
    count.illustrative > 0 && `${formatNumber(count.illustrative)} exemple${count.illustrative > 1 ? 's' : ''} fictif${count.illustrative > 1 ? 's' : ''}`,
  ].filter((part): part is string => Boolean(part));
  return `${formatNumber(total)} cas, dont ${formatList(parts)}`;
}

/**
 * The text alternative of a chart of counts: the leading categories and the
 * empty ones, in a sentence. The table under the chart gives every figure.
 */
export function summarizeCounts(counts: readonly CategoryCount[], leading = 3): string {
  const ranked = [...counts].filter((count) => totalOf(count) > 0).sort((a, b) => totalOf(b) - totalOf(a) || b.real - a.real);
  if (ranked.length === 0) return 'Aucun cas n’est encore rattaché à ces catégories.';
  const lead = ranked.slice(0, leading).map((count) => `${count.label} (${describeSplit(count)})`);
  const empty = counts.filter((count) => totalOf(count) === 0).map((count) => count.label);
  const sentences = [`En tête : ${formatList(lead)}.`];
  if (empty.length > 0) sentences.push(`Aucun cas pour l’instant : ${formatList(empty)}.`);
  return sentences.join(' ');
}
