/**
 * The `cacheKey` of every page Astro may copy from the previous build instead
 * of rendering it again (astro.config.mjs, experimental.incrementalBuild).
 * Astro reuses a page when its code is unchanged (it hashes the page's modules)
 * and its key is: the key must therefore change with anything the page shows.
 *
 * A key is a hash of the version of every entry the page draws on, found with
 * the very queries the page makes (similar cases, testimonies of a case, a
 * pioneer's alliances…): the entry itself, every entry it lists, and every
 * entry those cards name (a case card names its instigator's type). An entry's
 * version is the digest of its file, so that any edit counts, even to a field
 * the page does not show. The taxonomies (labels, definitions) are on every
 * page: they are in every key. A factor's or an instrument's page also names
 * the sequence of the path that teaches it (src/components/TermLesson.astro).
 *
 * The link-preview images are not pages: they are drawn beside the build into
 * a cache named by their texts (src/lib/preview-image/).
 * Pages without a key are rendered at every build: the lists, the home page,
 * the search page and the open data (src/pages without getStaticPaths), and
 * the learning path, whose few pages draw on modules, sequences, cases and
 * testimonies at once.
 */
import { createHash } from 'node:crypto';
import type { Catalog, Entry, EntryKinds } from './catalog.ts';
import { taxonomyNames, type TaxonomyName } from './collections.ts';
import { moduleOfSequence } from './routes.ts';

/** An entry as Astro gives it: the digest of its file when it has one. */
type Versioned = Entry<unknown> & { digest?: string | number };

const hash = (parts: readonly string[]) => createHash('sha256').update(parts.join('\n')).digest('base64url');

const versionOf = (collection: string, entry: Versioned) =>
  `${collection}/${entry.id}@${entry.digest ?? hash([JSON.stringify(entry.data)])}`;

export function pageKeys<K extends EntryKinds>(catalog: Catalog<K>) {
  const taxonomies = hash(taxonomyNames.flatMap((name) => catalog.taxonomies[name].map((term) => versionOf(name, term))));
  const key = (...versions: string[]) => hash([taxonomies, ...[...new Set(versions)].sort()]);

  const pioneer = (id: string) => versionOf('pioneers', catalog.pioneer(id));
  /** A case as a card shows it: with its instigator, whose type the card names. */
  const caseCard = (entry: K['case']) => [versionOf('cases', entry), pioneer(entry.data.instigator.id)];
  /** A testimony as a card shows it: with the organisation that speaks. */
  const testimonyCard = (entry: K['testimony']) => [versionOf('testimonies', entry), pioneer(entry.data.pioneer.id)];
  const sequences = (collection: 'cases' | 'testimonies', id: string) => catalog.sequencesIllustratedBy(collection, id).map((entry) => versionOf('sequences', entry));
  /** The sequence that teaches a factor or an instrument, as its page names it: title, module, place among the module's sequences. */
  const lesson = (taxonomy: TaxonomyName, id: string) => {
    const taughtIn = catalog.term(taxonomy, id).data.taughtIn;
    if (!taughtIn) return [];
    const moduleId = moduleOfSequence(taughtIn.id);
    return [versionOf('modules', catalog.module(moduleId)), ...catalog.sequences.filter((entry) => moduleOfSequence(entry.id) === moduleId).map((entry) => versionOf('sequences', entry))];
  };

  return {
    case(id: string): string {
      const entry = catalog.case(id);
      return key(
        ...caseCard(entry),
        ...entry.data.partners.map((partner) => pioneer(partner.pioneer.id)),
        ...catalog.testimoniesOfCase(id).flatMap(testimonyCard),
        ...sequences('cases', id),
        ...catalog.similarCases(id).flatMap(caseCard),
      );
    },

    testimony(id: string): string {
      const entry = catalog.testimony(id);
      return key(...testimonyCard(entry), ...entry.data.cases.flatMap((ref) => caseCard(catalog.case(ref.id))), ...sequences('testimonies', id));
    },

    pioneer(id: string): string {
      const activity = catalog.pioneerActivity(id);
      return key(
        pioneer(id),
        ...activity.instigated.flatMap(caseCard),
        ...activity.partnered.flatMap((item) => caseCard(item.case)),
        ...activity.testimonies.flatMap(testimonyCard),
      );
    },

    term(taxonomy: TaxonomyName, id: string): string {
      const linked = catalog.linkedTo(taxonomy, id);
      return key(
        ...lesson(taxonomy, id),
        ...linked.cases.flatMap(caseCard),
        ...linked.testimonies.flatMap(testimonyCard),
        ...linked.pioneers.map((entry) => versionOf('pioneers', entry)),
      );
    },

    /** A taxonomy's index shows its terms and how many cases each has. */
    taxonomyIndex(taxonomy: TaxonomyName): string {
      return key(...catalog.caseCounts(taxonomy).map(({ term, count }) => `${term.id}=${count}`));
    },
  };
}
