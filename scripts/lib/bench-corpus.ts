/**
 * The synthetic corpus of `npm run bench`: organisations, cases and
 * testimonies shaped like the real ones (every field of the content model a
 * real sheet fills, the eight sections of the case template, links between
 * pages, MDX components in a share of the files), in French-like prose with a
 * vocabulary as wide as real text, so that rendering and the search index cost
 * what they would. Deterministic: the same options give the same files.
 *
 * Everything is flagged illustrative and named « synthétique ».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CASE_SECTIONS } from '../../src/lib/case-sections.ts';
import { collectionPath, taxonomyNames, type TaxonomyName } from '../../src/lib/collections.ts';
import { entryUrl } from '../../src/lib/routes.ts';

export interface CorpusOptions {
  cases: number;
  testimonies: number;
  pioneers: number;
  /** Share of cases and testimonies written as .mdx, with the allowed components; 0 to 1. */
  mdxShare: number;
  /** Words of a case body, drawn between these two. */
  caseWords?: readonly [number, number];
}

/** The ids of each taxonomy, as found in content/taxonomies/. */
export type TaxonomyIds = Record<TaxonomyName, readonly string[]>;

/** The ids of each taxonomy of a project's content/. */
export function readTaxonomyIds(root: string): TaxonomyIds {
  const idsOf = (name: TaxonomyName) =>
    (parseYaml(readFileSync(join(root, 'content', collectionPath(name)), 'utf8')) as { id: string }[]).map((term) => term.id);
  const ids = {} as Record<TaxonomyName, string[]>;
  for (const name of taxonomyNames) ids[name] = idsOf(name);
  return ids;
}

/** A generated file: its path under content/, its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

export const CASE_ID_PREFIX = 'cas-synthetique-';
const PIONEER_ID_PREFIX = 'organisation-synthetique-';
const TESTIMONY_ID_PREFIX = 'temoignage-synthetique-';

/** Real cases run 540 to 1,660 words (median 840); the bench asks for at least 1,000. */
const DEFAULT_CASE_WORDS = [1000, 1500] as const;
const TESTIMONY_WORDS = [300, 600] as const;

// ---------------------------------------------------------------------------
// French-like prose, seeded.
// ---------------------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence on every machine. */
function seededRandom(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON_WORDS = `territoire habitants projet association collectif coopérative énergie citoyenne rénovation école cantine
alimentation locale agriculture circuit court mobilité covoiturage transport solidaire insertion emploi jeunesse culture
patrimoine village quartier centre-bourg commerce santé maison numérique tiers-lieu atelier réparation réemploi déchets
compostage eau forêt biodiversité climat adaptation sobriété logement habitat foncier élus conseil municipal
intercommunalité département région État financement subvention budget citoyens bénévoles réunion concertation démarche
expérimentation innovation transition écologique sociale économie réseau partenaires acteurs gouvernance mutualisation
formation accompagnement diagnostic étude chantier bilan évaluation indicateurs réussite difficulté obstacle levier
confiance dynamique engagement animation coordination ingénierie mission maire directrice trésorier agent chercheur
université lycée collège crèche familles enfants agriculteurs artisans entreprises producteurs usagers voisins saison
année mois semaine printemps automne hiver été ensemble ainsi donc aussi très plus moins beaucoup grâce malgré depuis
pendant avant après entre sous vers chez pour sans avec dans sur par une des les aux du la le de et à en au qui que dont
où est sont était ont avait fait permet devient reste semble montre apporte construit développe soutient réunit propose
rassemble mobilise transforme accompagne crée partage cultive produit installe répare ouvre anime gère porte finance
première nouvelle grande petite durable collective rurale urbaine publique privée commune partagée ouverte concrète
simple ambitieuse essentielle rapide lente fragile solide exemplaire reproductible alliance coopération convention`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = ['ba', 'bé', 'bou', 'ca', 'ché', 'con', 'da', 'dé', 'fa', 'gan', 'la', 'lé', 'lou', 'ma', 'mé', 'mon', 'na', 'pa', 'pé', 'ra', 'ré', 'ron', 'sa', 'son', 'ta', 'té', 'va', 'vin', 'tion', 'ment', 'eur', 'ance', 'ière', 'ique', 'age'];
const PLACE_STEMS = ['Aubin', 'Martin', 'Lys', 'Claire', 'Germain', 'Ours', 'Vallon', 'Genêt', 'Chêne', 'Fontaine', 'Pré', 'Roche', 'Vigne', 'Brande'];
const PLACE_PREFIXES = ['Saint-', 'Sainte-', 'Mont-', 'Val-', 'Bourg-', 'Pont-', 'Villeneuve-', ''];
const PLACE_SUFFIXES = ['-sur-Loire', '-en-Vexin', '-les-Bains', '-la-Forêt', '-sur-Mer', '-le-Vieux', '', '', ''];
const ROLES = ['coordinatrice du projet', 'directeur de l’association', 'adjointe au maire', 'chargé de mission', 'présidente de la coopérative', 'chef d’entreprise', 'habitante bénévole'];

function prose(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  // About 20,000 rarer words, drawn with a Zipf-like skew for a quarter of the tokens:
  // real text has a long tail of words, and the search index grows with it.
  const rare = Array.from({ length: 20_000 }, () => Array.from({ length: int(2, 4) }, () => pick(SYLLABLES)).join(''));
  const word = () => (random() < 0.25 ? rare[Math.floor(rare.length * random() ** 3)]! : pick(COMMON_WORDS));
  const capitalized = (text: string) => text[0]!.toUpperCase() + text.slice(1);
  const words = (count: number) => Array.from({ length: count }, word).join(' ');
  const sentence = () => `${capitalized(words(int(8, 20)))}${pick(['.', '.', '.', ' !', ' ?'])}`;
  const paragraph = () => Array.from({ length: int(3, 6) }, sentence).join(' ');
  const place = () => `${pick(PLACE_PREFIXES)}${pick(PLACE_STEMS)}${pick(PLACE_SUFFIXES)}`;
  /** `count` items of a list, distinct, in random order. */
  const some = <T>(items: readonly T[], low: number, high: number): T[] => {
    const pool = [...items];
    return Array.from({ length: Math.min(int(low, high), pool.length) }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  };
  return { pick, int, word, words, sentence, paragraph, place, some, capitalized };
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** YAML double-quoted scalar: JSON strings are valid YAML. */
const quoted = (text: string) => JSON.stringify(text);
const padded = (index: number, width: number) => String(index).padStart(width, '0');

// ---------------------------------------------------------------------------

/** Which generated entries are .mdx: spread evenly, so that any prefix of the corpus has the share asked. */
const isMdx = (index: number, share: number) => Math.floor((index + 1) * share) > Math.floor(index * share);

export function generateCorpus(options: CorpusOptions, taxonomies: TaxonomyIds): CorpusFile[] {
  const random = seededRandom(20261130);
  const text = prose(random);
  const { pick, int, sentence, paragraph, place, some, capitalized } = text;
  const [minWords, maxWords] = options.caseWords ?? DEFAULT_CASE_WORDS;
  const files: CorpusFile[] = [];
  const pioneerIds = Array.from({ length: options.pioneers }, (_, index) => `${PIONEER_ID_PREFIX}${padded(index + 1, 4)}`);
  const caseIds = Array.from({ length: options.cases }, (_, index) => `${CASE_ID_PREFIX}${padded(index + 1, 5)}`);
  const pioneerNames = new Map(pioneerIds.map((id, index) => [id, `${capitalized(pick(['association', 'coopérative', 'collectif', 'réseau', 'fondation', 'communauté de communes']))} synthétique ${index + 1} de ${place()}`]));
  const levels = taxonomies.territoryLevels.filter((id) => id !== 'national');
  const source = (slug: string) => ({ label: `${capitalized(text.words(int(4, 8)))}, rapport synthétique ${int(2005, 2024)}`, url: `https://www.example.org/${slug}` });

  pioneerIds.forEach((id, index) => {
    files.push({
      path: `${collectionPath('pioneers')}/${id}.yaml`,
      text: [
        `name: ${quoted(pioneerNames.get(id)!)}`,
        `actorType: ${pick(taxonomies.actorTypes)}`,
        // One in ten acts across France: no region.
        ...(index % 10 === 9 ? [] : [`region: ${pick(taxonomies.regions)}`]),
        `website: https://www.example.org/${id}`,
        `joined: ${int(2008, 2024)}`,
        `description: ${quoted(`${sentence()} ${sentence()}`)}`,
        'illustrative: true',
        '',
      ].join('\n'),
    });
  });

  /** A component of the allowed list, or its plain Markdown twin: the same words either way. */
  const keyFigure = (mdx: boolean) => {
    const [value, label, from] = [`${int(2, 900)}`, text.words(int(3, 6)), `enquête synthétique ${int(2010, 2024)}`];
    return mdx ? `<ChiffreCle valeur="${value}" libelle="${label}" source="${from}" />` : `**${value}** ${label} (source : ${from})`;
  };
  const quotation = (mdx: boolean) => {
    const [words, who] = [`${sentence()} ${sentence()}`, pick(ROLES)];
    return mdx ? `<Citation auteur="${capitalized(who)}">\n\n${words}\n\n</Citation>` : `> ${words}\n>\n> — ${capitalized(who)}`;
  };
  const box = (mdx: boolean) => {
    const words = `${sentence()} ${sentence()}`;
    return mdx ? `<Encadre titre="À retenir">\n\n${words}\n\n</Encadre>` : `**À retenir.** ${words}`;
  };

  caseIds.forEach((id, index) => {
    const mdx = isMdx(index, options.mdxShare);
    const [instigator, ...partners] = some(pioneerIds, 2, 5);
    const territory = place();
    const startYear = int(1995, 2022);
    const title = `Cas synthétique ${index + 1} : ${text.words(int(3, 6))} à ${territory}`;
    const summary = `${sentence()} ${sentence()} ${sentence()}`;
    const sources = Array.from({ length: int(1, 4) }, (_, n) => source(`${id}-source-${n + 1}`));
    const outcomes = Array.from({ length: int(1, 3) }, (_, n) => ({ label: text.words(int(3, 7)), value: `${int(3, 2000)}`, source: n === 0 ? sources[0] : undefined }));
    const frontmatter = [
      '---',
      `title: ${quoted(title)}`,
      `summary: ${quoted(summary.length <= 320 ? summary : `${summary.slice(0, 318).replace(/\s+\S*$/, '')}…`)}`,
      'illustrative: true',
      'territory:',
      `  name: ${quoted(territory)}`,
      `  level: ${pick(levels)}`,
      `  regions: [${some(taxonomies.regions, 1, 2).join(', ')}]`,
      `  kinds: [${some(taxonomies.territoryKinds, 0, 2).join(', ')}]`,
      ...(random() < 0.5 ? [`  department: "${padded(int(1, 95), 2)}"`] : []),
      `startYear: ${startYear}`,
      ...(random() < 0.1 ? [`endYear: ${int(startYear, 2024)}`] : []),
      `stage: ${pick(taxonomies.stages)}`,
      `instigator: ${instigator}`,
      'partners:',
      ...partners.flatMap((pioneer) => [`  - pioneer: ${pioneer}`, `    role: ${quoted(sentence())}`]),
      `themes: [${some(taxonomies.themes, 1, 3).join(', ')}]`,
      // Real sheets say in one line how each instrument and factor played out: their term pages list those notes.
      'instruments:',
      ...some(taxonomies.instruments, 1, 3).flatMap((instrument) => [`  - instrument: ${instrument}`, `    note: ${quoted(sentence())}`]),
      'factors:',
      ...some(taxonomies.factors, 1, 4).flatMap((factor) => [`  - factor: ${factor}`, `    note: ${quoted(sentence())}`]),
      `partnershipForms: [${some(taxonomies.partnershipForms, 0, 2).join(', ')}]`,
      'outcomes:',
      ...outcomes.flatMap((outcome) => [
        `  - label: ${quoted(outcome.label)}`,
        `    value: ${quoted(outcome.value)}`,
        ...(outcome.source ? ['    source:', `      label: ${quoted(outcome.source.label)}`, `      url: ${outcome.source.url}`] : []),
      ]),
      'sources:',
      ...sources.flatMap((item) => [`  - label: ${quoted(item.label)}`, `    url: ${item.url}`]),
      'updated: 2025-01-15',
      '---',
    ];

    // Each section of the template, with what real sheets put there: lists of who does what,
    // links to the organisations and to another case, a key figure, a quotation, a box.
    const pioneerLink = (pioneer: string) => `[${pioneerNames.get(pioneer)}](${entryUrl('pioneers', pioneer)})`;
    const otherCase = caseIds[(index + 1 + int(0, caseIds.length - 2)) % caseIds.length]!;
    const extras: Record<(typeof CASE_SECTIONS)[number]['id'], string[]> = {
      contexte: [],
      alliance: [[instigator!, ...partners].map((pioneer) => `- ${pioneerLink(pioneer)} : ${sentence()}`).join('\n')],
      instruments: [keyFigure(mdx)],
      gouvernance: [quotation(mdx)],
      reussites: [box(mdx)],
      difficultes: [],
      'a-reprendre': [Array.from({ length: int(2, 4) }, () => `- ${sentence()}`).join('\n'), caseIds.length > 1 ? `Voir aussi [un cas voisin](${entryUrl('cases', otherCase)}).` : ''],
      inconnues: [],
    };
    const paragraphs = CASE_SECTIONS.map(() => [paragraph()]);
    const target = int(minWords, maxWords);
    const extraWords = Object.values(extras).flat().reduce((sum, block) => sum + wordCount(block), 0);
    let words = extraWords + paragraphs.flat().reduce((sum, block) => sum + wordCount(block), 0);
    for (let section = 0; words < target; section = (section + 1) % CASE_SECTIONS.length) {
      const added = paragraph();
      paragraphs[section]!.push(added);
      words += wordCount(added);
    }
    const body = CASE_SECTIONS.flatMap((section, n) => [`## ${section.heading}`, paragraphs[n]![0]!, ...extras[section.id].filter(Boolean), ...paragraphs[n]!.slice(1)]);
    files.push({ path: `${collectionPath('cases')}/${id}.${mdx ? 'mdx' : 'md'}`, text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n` });
  });

  for (let index = 0; index < options.testimonies; index++) {
    const mdx = isMdx(index, options.mdxShare);
    const id = `${TESTIMONY_ID_PREFIX}${padded(index + 1, 5)}`;
    const paragraphs = [paragraph()];
    const target = int(...TESTIMONY_WORDS);
    while (wordCount(paragraphs.join(' ')) < target) paragraphs.push(paragraph());
    paragraphs.splice(1, 0, quotation(mdx));
    const frontmatter = [
      '---',
      `title: ${quoted(`Témoignage synthétique ${index + 1} : ${text.words(int(4, 8))}`)}`,
      `pioneer: ${pick(pioneerIds)}`,
      'speaker:',
      `  role: ${quoted(capitalized(pick(ROLES)))}`,
      `date: ${int(2012, 2024)}-${padded(int(1, 12), 2)}-${padded(int(1, 28), 2)}`,
      `highlight: ${quoted(sentence().slice(0, 270))}`,
      `factors: [${some(taxonomies.factors, 1, 3).join(', ')}]`,
      `instruments: [${some(taxonomies.instruments, 0, 2).join(', ')}]`,
      `themes: [${some(taxonomies.themes, 0, 2).join(', ')}]`,
      `cases: [${some(caseIds, 0, 2).join(', ')}]`,
      'illustrative: true',
      '---',
    ];
    files.push({ path: `${collectionPath('testimonies')}/${id}.${mdx ? 'mdx' : 'md'}`, text: `${frontmatter.join('\n')}\n\n${paragraphs.join('\n\n')}\n` });
  }
  return files;
}
