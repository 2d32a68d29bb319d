/**
 * Queries over the whole content, computed once per build: which cases a
 * pioneer instigated or joined, what is linked to a taxonomy term, which cases
 * are similar. Pure functions over plain entries, so they are unit-tested
 * without Astro; src/lib/site-data.ts feeds them from the collections.
 */
import type { z } from 'astro/zod';
import type {
  actorTypeSchema,
  caseSchema,
  moduleSchema,
  pioneerSchema,
  Reference,
  regionSchema,
  sequenceSchema,
  stageSchema,
  taughtTermSchema,
  taxonomySchema,
  testimonySchema,
  themeSchema,
} from './content-model.ts';
import type { CollectionName, TaxonomyName } from './collections.ts';

/** The part of an Astro collection entry these queries need. */
export interface Entry<Data> {
  id: string;
  data: Data;
}

export type CaseData = z.output<ReturnType<typeof caseSchema>>;
export type TestimonyData = z.output<ReturnType<typeof testimonySchema>>;
export type PioneerData = z.output<ReturnType<typeof pioneerSchema>>;
export type ModuleData = z.output<typeof moduleSchema>;
export type SequenceData = z.output<ReturnType<typeof sequenceSchema>>;
export type TermData = z.output<typeof taxonomySchema> &
  Partial<z.output<typeof actorTypeSchema>> &
  Partial<z.output<typeof themeSchema>> &
  Partial<z.output<typeof stageSchema>> &
  Partial<z.output<typeof regionSchema>> &
  Partial<z.output<ReturnType<typeof taughtTermSchema>>>;

export type CaseEntry = Entry<CaseData>;
export type TestimonyEntry = Entry<TestimonyData>;
export type PioneerEntry = Entry<PioneerData>;
export type ModuleEntry = Entry<ModuleData>;
export type SequenceEntry = Entry<SequenceData>;
export type TermEntry = Entry<TermData>;

/**
 * The entry types the catalog holds and hands back: by default the plain
 * shapes above (unit tests), in the site Astro's own `CollectionEntry`s
 * (src/lib/site-data.ts), so a page renders the very entry the catalog gives it.
 */
export interface EntryKinds {
  case: CaseEntry;
  testimony: TestimonyEntry;
  pioneer: PioneerEntry;
  module: ModuleEntry;
  sequence: SequenceEntry;
}

export interface CatalogInput<K extends EntryKinds = EntryKinds> {
  cases: K['case'][];
  testimonies: K['testimony'][];
  pioneers: K['pioneer'][];
  modules: K['module'][];
  sequences: K['sequence'][];
  taxonomies: Record<TaxonomyName, TermEntry[]>;
}

const ids = (refs: Reference[]) => refs.map((ref) => ref.id);

/** The value a map holds under a key, created on first use. */
function bucket<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** Said of a pioneer that has no region: it acts across France. */
const NATIONAL_LABEL = 'Action nationale';

/** Sorts by a French label, the way a French reader expects (accents, case). */
const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export type Catalog<K extends EntryKinds = EntryKinds> = ReturnType<typeof buildCatalog<K>>;

/** What a pioneer did, as its page lists it. */
export interface PioneerActivity<K extends EntryKinds = EntryKinds> {
  instigated: K['case'][];
  partnered: { case: K['case']; role: string }[];
  testimonies: K['testimony'][];
}

/** The entries linked to one taxonomy term. */
export interface LinkedEntries<K extends EntryKinds = EntryKinds> {
  cases: K['case'][];
  testimonies: K['testimony'][];
  pioneers: K['pioneer'][];
}

export function buildCatalog<K extends EntryKinds = EntryKinds>(input: CatalogInput<K>) {
  const index = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const casesById = index(input.cases);
  const testimoniesById = index(input.testimonies);
  const pioneersById = index(input.pioneers);
  const termsById = Object.fromEntries(
    Object.entries(input.taxonomies).map(([name, terms]) => [name, index(terms)]),
  ) as Record<TaxonomyName, Map<string, TermEntry>>;

  const must = <T>(found: T | undefined, what: string): T => {
    // The content checker runs before every build, so a miss here is a bug in the site, not in the content.
    if (found === undefined) throw new Error(`catalog: ${what} not found`);
    return found;
  };
  const pioneer = (id: string) => must(pioneersById.get(id), `pioneer ${id}`);
  const caseEntry = (id: string) => must(casesById.get(id), `case ${id}`);
  const testimony = (id: string) => must(testimoniesById.get(id), `testimony ${id}`);
  const term = (taxonomy: TaxonomyName, id: string) => must(termsById[taxonomy].get(id), `${taxonomy} ${id}`);
  const modulesById = index(input.modules);
  const sequencesById = index(input.sequences);

  /** The type of the organisation that launched an alliance: read from its pioneer, never typed twice. */
  const instigatorTypeOf = (entry: CaseEntry) => pioneer(entry.data.instigator.id).data.actorType.id;

  /** Taxonomy terms a case is linked to: the one definition used by pages, facets and charts. */
  const caseTerms = (entry: CaseEntry, taxonomy: TaxonomyName): string[] => {
    const data = entry.data;
    switch (taxonomy) {
      case 'themes': return ids(data.themes);
      case 'factors': return ids(data.factors);
      case 'instruments': return ids(data.instruments);
      case 'partnershipForms': return ids(data.partnershipForms);
      case 'stages': return [data.stage.id];
      case 'regions': return ids(data.territory.regions);
      case 'territoryLevels': return [data.territory.level.id];
      case 'territoryKinds': return ids(data.territory.kinds);
      case 'actorTypes': return [...new Set([instigatorTypeOf(entry), ...data.partners.map((p) => pioneer(p.pioneer.id).data.actorType.id)])];
      // A taxonomy no field of the case refers to (yet): the case is linked to none of its terms.
      default: return [];
    }
  };

  const pioneerTerms = (entry: PioneerEntry, taxonomy: TaxonomyName): string[] => {
    if (taxonomy === 'actorTypes') return [entry.data.actorType.id];
    if (taxonomy === 'regions') return entry.data.region ? [entry.data.region.id] : [];
    return [];
  };

  /** A testimony speaks for its pioneer: its actor type and region are the pioneer's. */
  const testimonyTerms = (entry: TestimonyEntry, taxonomy: TaxonomyName): string[] => {
    const data = entry.data;
    switch (taxonomy) {
      case 'themes': return ids(data.themes);
      case 'factors': return ids(data.factors);
      case 'instruments': return ids(data.instruments);
      case 'actorTypes':
      case 'regions': return pioneerTerms(pioneer(data.pioneer.id), taxonomy);
      default: return [];
    }
  };

  /** A sequence of the path shows the factors and instruments its field examples illustrate. */
  const sequenceTerms = (entry: SequenceEntry, taxonomy: TaxonomyName): string[] => {
    const field = taxonomy === 'factors' ? 'factor' : taxonomy === 'instruments' ? 'instrument' : undefined;
    if (!field) return [];
    return [...new Set(entry.data.illustrations.flatMap((item) => item[field]?.id ?? []))];
  };

  const byTitle = <T extends Entry<{ title: string }>>(a: T, b: T) => frenchOrder.compare(a.data.title, b.data.title);
  /** Newest alliances first: what a practitioner browsing a list wants to see first. */
  const byStartYearDesc = (a: CaseEntry, b: CaseEntry) => b.data.startYear - a.data.startYear || byTitle(a, b);

  // Real content comes first in every list, so that no one reads an invented example before the real ones.
  const cases = [...input.cases].sort((a, b) => realFirst(a, b) || byStartYearDesc(a, b));
  const testimonies = [...input.testimonies].sort((a, b) => realFirst(a, b) || b.data.date.getTime() - a.data.date.getTime() || byTitle(a, b));
  const pioneers = [...input.pioneers].sort((a, b) => realFirst(a, b) || frenchOrder.compare(a.data.name, b.data.name));
  const modules = [...input.modules].sort((a, b) => a.data.order - b.data.order);

  /**
   * What similarity compares, as postings: for each theme, factor, region and
   * instigator type, the positions in `cases` of the cases that have it. A case
   * page adds up the weights of its own terms' postings instead of comparing
   * itself with every other case one by one: no object is built per pair, and
   * a build of 5,000 cases spends milliseconds here, not seconds.
   * Built on the first page that asks.
   */
  let similarity: { positions: Map<string, number>; termsOf: [posting: number[], weight: number][][]; real: Uint8Array; scores: Int32Array } | undefined;
  const similarityIndex = () => {
    if (similarity) return similarity;
    const postings = new Map<string, number[]>();
    const posting = (key: string) => bucket(postings, key, (): number[] => []);
    const termsOf = cases.map((entry): [number[], number][] => {
      const weighted = new Map<string, number>([
        ...ids(entry.data.themes).map((id) => [`theme:${id}`, SIMILARITY_WEIGHTS.theme] as const),
        ...ids(entry.data.factors).map((id) => [`factor:${id}`, SIMILARITY_WEIGHTS.factor] as const),
        ...ids(entry.data.territory.regions).map((id) => [`region:${id}`, SIMILARITY_WEIGHTS.region] as const),
        [`instigator:${instigatorTypeOf(entry)}`, SIMILARITY_WEIGHTS.instigatorType] as const,
      ]);
      return [...weighted].map(([key, weight]) => [posting(key), weight]);
    });
    termsOf.forEach((terms, position) => terms.forEach(([list]) => list.push(position)));
    return (similarity = {
      positions: new Map(cases.map((entry, position) => [entry.id, position])),
      termsOf,
      real: Uint8Array.from(cases, (entry) => (entry.data.illustrative ? 0 : 1)),
      scores: new Int32Array(cases.length),
    });
  };

  /**
   * What each pioneer launched, joined and said, gathered in one pass over the
   * cases and testimonies on the first pioneer page that asks, instead of one
   * pass per pioneer (200 pioneers × 5,000 cases, twice: the page and its key).
   */
  let activities: Map<string, PioneerActivity<K>> | undefined;
  const activityIndex = () => {
    if (activities) return activities;
    const found = new Map<string, PioneerActivity<K>>();
    const of = (pioneerId: string) => bucket(found, pioneerId, () => ({ instigated: [], partnered: [], testimonies: [] }));
    for (const entry of cases) {
      of(entry.data.instigator.id).instigated.push(entry);
      for (const partner of entry.data.partners) of(partner.pioneer.id).partnered.push({ case: entry, role: partner.role });
    }
    for (const entry of testimonies) of(entry.data.pioneer.id).testimonies.push(entry);
    return (activities = found);
  };

  /** What is linked to each term of a taxonomy, gathered in one pass per taxonomy rather than one per term. */
  const linked = new Map<TaxonomyName, Map<string, LinkedEntries<K>>>();
  const linkedIndex = (taxonomy: TaxonomyName) => {
    let byTerm = linked.get(taxonomy);
    if (byTerm) return byTerm;
    const found = new Map<string, LinkedEntries<K>>();
    const of = (termId: string) => bucket(found, termId, () => ({ cases: [], testimonies: [], pioneers: [] }));
    for (const entry of cases) for (const termId of new Set(caseTerms(entry, taxonomy))) of(termId).cases.push(entry);
    for (const entry of testimonies) for (const termId of new Set(testimonyTerms(entry, taxonomy))) of(termId).testimonies.push(entry);
    for (const entry of pioneers) for (const termId of new Set(pioneerTerms(entry, taxonomy))) of(termId).pioneers.push(entry);
    linked.set(taxonomy, (byTerm = found));
    return byTerm;
  };

  /** Testimonies by the cases they talk about, built on the first case page that asks. */
  let testimoniesByCase: Map<string, K['testimony'][]> | undefined;

  return {
    cases,
    testimonies,
    pioneers,
    modules,
    sequences: input.sequences,
    taxonomies: input.taxonomies,
    pioneer,
    case: caseEntry,
    testimony,
    term,
    module: (id: string) => must(modulesById.get(id), `module ${id}`),
    sequence: (id: string) => must(sequencesById.get(id), `sequence ${id}`),
    instigatorTypeOf,
    caseTerms,
    testimonyTerms,
    pioneerTerms,
    sequenceTerms,

    /** Terms of a taxonomy in their natural order: by `order` when they have one, else by label. */
    terms(taxonomy: TaxonomyName): TermEntry[] {
      return [...input.taxonomies[taxonomy]].sort(
        (a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || frenchOrder.compare(a.data.label, b.data.label),
      );
    },

    /** The actor type of a pioneer, as a taxonomy term. */
    actorTypeOf(pioneerId: string): TermEntry {
      return term('actorTypes', pioneer(pioneerId).data.actorType.id);
    },

    /** Where a pioneer acts, as readers see it: its region, or « Action nationale ». */
    regionLabelOf(pioneerId: string): string {
      const region = pioneer(pioneerId).data.region;
      return region ? term('regions', region.id).data.label : NATIONAL_LABEL;
    },

    /** Pioneers grouped by actor type, in the taxonomy's order, empty groups left out. */
    pioneersByActorType() {
      return this.terms('actorTypes')
        .map((type) => ({ type, pioneers: pioneers.filter((entry) => entry.data.actorType.id === type.id) }))
        .filter((group) => group.pioneers.length > 0);
    },

    /** Testimonies grouped by the actor type of the organisation that speaks, in the taxonomy's order, empty groups left out. */
    testimoniesByActorType() {
      return this.terms('actorTypes')
        .map((type) => ({ type, testimonies: testimonies.filter((entry) => pioneer(entry.data.pioneer.id).data.actorType.id === type.id) }))
        .filter((group) => group.testimonies.length > 0);
    },

    /** What a pioneer did: alliances it launched, alliances it joined (with its role), its testimonies; in list order. */
    pioneerActivity(pioneerId: string): PioneerActivity<K> {
      const activity = activityIndex().get(pioneerId);
      return { instigated: [...(activity?.instigated ?? [])], partnered: [...(activity?.partnered ?? [])], testimonies: [...(activity?.testimonies ?? [])] };
    },

    /** Everything linked to one taxonomy term, in list order. */
    linkedTo(taxonomy: TaxonomyName, termId: string): LinkedEntries<K> {
      const entries = linkedIndex(taxonomy).get(termId);
      return { cases: [...(entries?.cases ?? [])], testimonies: [...(entries?.testimonies ?? [])], pioneers: [...(entries?.pioneers ?? [])] };
    },

    /** How many cases each term of a taxonomy has, in the taxonomy's order. */
    caseCounts(taxonomy: TaxonomyName) {
      const byTerm = linkedIndex(taxonomy);
      return this.terms(taxonomy).map((entry) => ({ term: entry, count: byTerm.get(entry.id)?.cases.length ?? 0 }));
    },

    /**
     * The cases citing a factor or an instrument, real ones first, each with
     * its line on how the term played out there (undefined when the case has none).
     */
    casesWithNotes(taxonomy: 'factors' | 'instruments', termId: string) {
      return (linkedIndex(taxonomy).get(termId)?.cases ?? []).map((entry) => ({ case: entry, note: entry.data[taxonomy].find((ref) => ref.id === termId)?.note }));
    },

    /** Testimonies that talk about a case, whichever side names the other. */
    testimoniesOfCase(caseId: string): K['testimony'][] {
      if (!testimoniesByCase) {
        testimoniesByCase = new Map();
        for (const entry of testimonies) for (const ref of entry.data.cases) bucket(testimoniesByCase, ref.id, (): K['testimony'][] => []).push(entry);
      }
      return testimoniesByCase.get(caseId) ?? [];
    },

    /** Sequences of the learning path that use a case or a testimony as an illustration. */
    sequencesIllustratedBy(collection: 'cases' | 'testimonies', id: string) {
      const field = collection === 'cases' ? 'case' : 'testimony';
      return input.sequences.filter((entry) => entry.data.illustrations.some((item) => item[field]?.id === id));
    },

    /** The cases closest to one case: shared themes, factors, region and instigator type. */
    similarCases(caseId: string, limit = 3) {
      const { positions, termsOf, real, scores } = similarityIndex();
      const origin = must(positions.get(caseId), `case ${caseId}`);
      scores.fill(0);
      for (const [posting, weight] of termsOf[origin]!) for (const position of posting) scores[position]! += weight;
      scores[origin] = 0;
      // Real cases before illustrative ones, then the closest, then the newest. `cases` is sorted real
      // first then newest: going through it in order, a case displaces a kept one only by being closer
      // (real ones come before illustrative ones), and among equals the earlier stays.
      const best: number[] = [];
      for (let position = 0; position < scores.length; position++) {
        const score = scores[position]!;
        if (score === 0) continue;
        const closer = (kept: number) => real[kept] === real[position] && scores[kept]! < score;
        if (best.length === limit && !closer(best[limit - 1]!)) continue;
        const at = best.findIndex(closer);
        best.splice(at === -1 ? best.length : at, 0, position);
        if (best.length > limit) best.pop();
      }
      return best.map((position) => cases[position]!);
    },

    /** The label of any referenced taxonomy term or entry, for links and lists. */
    labelOf(ref: Reference<CollectionName>): string {
      if (ref.collection in termsById) return term(ref.collection as TaxonomyName, ref.id).data.label;
      if (ref.collection === 'pioneers') return pioneer(ref.id).data.name;
      if (ref.collection === 'cases') return caseEntry(ref.id).data.title;
      if (ref.collection === 'testimonies') return testimony(ref.id).data.title;
      return ref.id;
    },
  };
}

/** Sorts real entries before illustrative ones, keeping the order otherwise. */
export const realFirst = (a: Entry<{ illustrative: boolean }>, b: Entry<{ illustrative: boolean }>): number => Number(a.data.illustrative) - Number(b.data.illustrative);

/** How many entries of a list are real and how many illustrative. */
export const realCount = (entries: readonly Entry<{ illustrative: boolean }>[]) => {
  const real = entries.filter((entry) => !entry.data.illustrative).length;
  return { real, illustrative: entries.length - real };
};

/** Weights: a shared theme or factor says more about a case than a shared region. */
const SIMILARITY_WEIGHTS = { theme: 3, factor: 2, region: 2, instigatorType: 1 } as const;
