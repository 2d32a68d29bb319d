/**
 * The lists `npm run new` offers, read from the content folder the way the
 * checker reads it, then ordered like the site orders them (through the catalog).
 */
import { buildCatalog, type PioneerEntry, type TermEntry } from '../../src/lib/catalog.ts';
import { choicesFromCatalog, type CaseChoices } from '../../src/lib/case-draft/choices.ts';
import { collectionSchemas, type CollectionName } from '../../src/lib/collections.ts';
import { idReference } from '../../src/lib/content-model.ts';
import { parseContentFile } from '../../src/lib/checks/engine/content-entries.ts';
import { entryIdOfPath, readContentFiles } from '../../src/lib/checks/engine/content-files.ts';
import type { TaxonomyName } from '../../src/lib/routes.ts';

const TAXONOMIES = ['themes', 'factors', 'actorTypes', 'instruments', 'stages', 'regions', 'partnershipForms', 'territoryLevels'] as const satisfies TaxonomyName[];

export async function readChoices(root: string): Promise<CaseChoices> {
  const files = await readContentFiles(root);
  const schemas = collectionSchemas(idReference);
  const entries = files
    .filter((file) => file.collection === 'pioneers' || (TAXONOMIES as readonly CollectionName[]).includes(file.collection))
    .flatMap((file) => parseContentFile(file).entries);

  // Entries that do not match their schema are left out here; `npm run check` reports them.
  const valid = (collection: CollectionName) =>
    entries.flatMap((entry) => {
      if (entry.collection !== collection || entry.id === undefined) return [];
      const parsed = schemas[collection].safeParse(entry.data?.value);
      return parsed.success ? [{ id: entry.id, data: parsed.data }] : [];
    });

  const taxonomies = Object.fromEntries(TAXONOMIES.map((name) => [name, valid(name)])) as Record<TaxonomyName, TermEntry[]>;
  const actorTypes = new Set(taxonomies.actorTypes.map((term) => term.id));
  const pioneers = (valid('pioneers') as PioneerEntry[]).filter((pioneer) => actorTypes.has(pioneer.data.actorType.id));
  const catalog = buildCatalog({ cases: [], testimonies: [], modules: [], sequences: [], pioneers, taxonomies });

  const caseIds = files.filter((file) => file.collection === 'cases').map((file) => entryIdOfPath(file.path, 'cases'));
  return { ...choicesFromCatalog(catalog), caseIds };
}
