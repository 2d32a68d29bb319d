/**
 * The content model of Alliances en territoires: the schema of every
 * collection, readable top to bottom.
 *
 * Which folder each collection lives in, its URL and its French names are in
 * the collection registry (src/lib/collections.ts), which pairs every
 * collection with its schema from here.
 *
 * This file is pure TypeScript (no `astro:content` import) so that the same
 * schemas serve the Astro build (`src/content.config.ts` passes Astro's
 * `reference()`), the content checker (`npm run check`, which passes an id
 * reference and resolves it itself, with "did you mean…") and the
 * contribution form. One model, no copies.
 *
 * Field names are English (code); `.describe()` texts are French because
 * contributors read them in their editor (JSON Schema) and in error messages.
 */
import { z } from './validation/zod.ts';
// The one rule of the checker that the schemas run themselves, so the form and the CLI refuse the same drafts.
import { requireRealSources } from './checks/rules/real-sources.ts';

/** What a reference resolves to once parsed: the same shape as Astro's `reference()`. */
export interface Reference<C extends string = string> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference to another collection (named as in the
 * collection registry, src/lib/collections.ts, which is built from these schemas). Astro's `reference`
 * fits this signature; the checker passes its own (see `idReference`).
 */
export type ReferenceFactory = <C extends string>(collection: C) => z.ZodType<Reference<C>>;

/** Ids are lowercase slugs: what a file name or a URL segment can hold. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference written as a plain id; the checker resolves it against the collection. */
export const idReference: ReferenceFactory = <C extends string>(collection: C) =>
  z
    .string({ error: 'attendu : un identifiant (texte), par exemple « mairie-de-lille »' })
    .transform((id): Reference<C> => ({ collection, id }));

/** The first year we accept for an alliance (the oldest partnerships observed). */
const FIRST_YEAR = 1945;

const currentYear = () => new Date().getFullYear();

const year = (what: string) =>
  z
    .number({ error: `${what} : attendu une année en chiffres, par exemple 2016` })
    .int({ error: `${what} : attendu une année entière, par exemple 2016` })
    .min(FIRST_YEAR, { error: `${what} : une année à partir de ${FIRST_YEAR}` })
    .refine((value) => value <= currentYear(), {
      error: `${what} : cette année est dans le futur ; indiquez une année passée ou l'année en cours`,
    });

const httpsUrl = z
  .url({ error: 'attendu : une adresse web complète commençant par https://' })
  .refine((value) => value.startsWith('https://'), {
    error: 'adresse non sécurisée : écrivez-la avec https:// (les liens http:// ne sont pas acceptés)',
  });

const text = (description: string) =>
  z.string().trim().min(1, { error: 'ce champ ne peut pas être vide' }).describe(description);

/**
 * How long the short texts may be: a page shows them whole in titles, cards,
 * lists and tables, on a phone too. The checker, the form and `npm run new`
 * refuse longer ones with the same message, since they all validate with these schemas.
 */
export const TEXT_LIMITS = {
  /** The title of a case, a testimony, a module or a sequence (the longest today: 144). */
  title: 160,
  /** A territory as it is called there (the longest today: 75). */
  territoryName: 100,
  /** What a partner brings to an alliance, in a sentence (the longest today: 286). */
  partnerRole: 300,
  /** A speaker's position in the organisation (the longest today: 120). */
  speakerRole: 160,
} as const;

/** A short text that must fit in `limit` characters; `what` names it in the message, with its article. */
const limitedText = (description: string, limit: number, what: string) =>
  text(description).max(limit, { error: `${what} doit tenir en ${limit} caractères` });

/**
 * A date written YYYY-MM-DD. YAML readers give either a Date or that string;
 * nothing else is accepted (coercing would read « 2026 » as 1970 and « 05/03/2026 » as 3 May).
 */
const DATE_FORMAT_ERROR = 'attendu : une date au format AAAA-MM-JJ, par exemple 2026-11-20';
const calendarDate = (description: string) =>
  z
    .union([z.date({ error: DATE_FORMAT_ERROR }), z.iso.date({ error: DATE_FORMAT_ERROR })], { error: DATE_FORMAT_ERROR })
    .pipe(z.coerce.date({ error: DATE_FORMAT_ERROR }))
    .refine((date) => date.getTime() <= Date.now(), {
      error: 'cette date est dans le futur ; indiquez la date du jour ou une date passée',
    })
    .describe(description);

const source = z
  .strictObject({
    label: text('Titre de la source, tel qu’un lecteur le chercherait (auteur, titre, date)'),
    url: httpsUrl.describe('Adresse web de la source, en https://'),
  })
  .describe('Une source publique');

/** Rejects a list that names the same id twice, and says which one. */
const noDuplicateIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx, what: string) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [index], message: `« ${item.id} » figure deux fois dans ${what} ; gardez-le une seule fois` });
    }
    seen.add(item.id);
  });
};

/** A list with no id twice; `min` > 0 makes it required, otherwise it may be left out. */
const uniqueList = <T extends z.ZodType<{ id: string }>>(item: T, what: string, min: number) => {
  const list = z
    .array(item)
    .min(min, { error: `indiquez au moins ${min} ${what}` })
    .superRefine((items, ctx) => noDuplicateIds(items, ctx, 'la liste'));
  return min > 0 ? list : list.default([]);
};

/** A list of references with no id twice; `min` > 0 makes it required, otherwise it may be left out. */
const refList = <C extends string>(ref: ReferenceFactory, collection: C, what: string, min = 0) => uniqueList(ref(collection), what, min);

/** A reference that may carry one line on how it played out here: what the term pages show under each case. */
export interface NotedReference<C extends string = string> extends Reference<C> {
  note?: string;
}

/**
 * A list of taxonomy terms where each item is either the id alone
 * (`- confiance`) or the id under `key` with its `note`
 * (`- factor: confiance` / `  note: …`); both read as `{ collection, id, note? }`.
 */
const notedRefList = <C extends string>(ref: ReferenceFactory, collection: C, key: string, what: string, description: string, min = 0) => {
  const noted = z
    .strictObject({
      [key]: ref(collection).describe(`Identifiant du ${what}`),
      note: text('Comment il a joué dans ce cas, en une phrase tirée de la fiche et de ses sources ; affichée sur la page du terme'),
    })
    .transform((item): NotedReference<C> => ({ ...(item[key] as Reference<C>), note: item.note as string }));
  const item = z.union([ref(collection), noted], {
    error: `attendu : un identifiant, ou « ${key}: <identifiant> » suivi de « note: <une phrase> »`,
  }) as z.ZodType<NotedReference<C>>;
  return uniqueList(item, what, min).describe(description);
};

// ---------------------------------------------------------------------------
// Taxonomies: short lists of data, each entry with a French label, a
// definition and the source it is grounded in. Adding an entry to one YAML
// file adds its page, its search facet and its place in the charts.
// ---------------------------------------------------------------------------

const taxonomyFields = {
  id: z.string().regex(SLUG_PATTERN, { error: 'identifiant : lettres minuscules, chiffres et tirets' }).describe('Identifiant stable, utilisé dans les adresses et les références'),
  label: text('Libellé affiché, en français'),
  definition: text('Définition courte, en une ou deux phrases'),
  source: text('D’où vient cette catégorie (référentiel, module du MOOC…)'),
};

export const taxonomySchema = z.strictObject(taxonomyFields);

/**
 * Factors and instruments are what the path teaches: their page explains
 * them in a paragraph drawn from a source, and links to the sequence that
 * teaches them.
 */
export const taughtTermSchema = (ref: ReferenceFactory) =>
  z
    .strictObject({
      ...taxonomyFields,
      explanation: text('Un paragraphe qui explique le terme, tiré de sa source (pas inventé), affiché en tête de sa page').optional(),
      explanationSource: source.optional().describe('La page publique d’où vient l’explication'),
      taughtIn: ref('sequences').optional().describe('La séquence du parcours qui l’enseigne (identifiant « module-3/facteurs-cles-de-succes »)'),
    })
    .refine((term) => (term.explanation === undefined) === (term.explanationSource === undefined), {
      error: 'une explication cite sa source : écrivez explanation et explanationSource ensemble',
      path: ['explanationSource'],
    });

export const actorTypeSchema = z.strictObject({
  ...taxonomyFields,
  plural: text('Libellé au pluriel, pour les titres de listes'),
  byArticle: text('Le type d’acteur avec son article, comme on le dit après « lancé par » : « une collectivité », « une association ou une fondation »'),
  role: text('Le rôle propre de ce type d’acteur dans une alliance'),
});

export const themeSchema = z.strictObject({
  ...taxonomyFields,
  sdg: z.number().int().min(1).max(17).describe('Numéro de l’objectif de développement durable (ODD) le plus proche, de 1 à 17'),
});

/** Stages and territory levels are ordered lists: each term has its rank. */
export const stageSchema = z.strictObject({
  ...taxonomyFields,
  order: z.number().int().min(1).describe('Rang dans la progression, 1 pour le premier stade'),
});

export const regionSchema = z.strictObject({
  ...taxonomyFields,
  inseeCode: z.string().regex(/^\d{2}$/, { error: 'code INSEE de région : deux chiffres, par exemple 84' }).describe('Code officiel géographique (INSEE) de la région'),
  overseas: z.boolean().describe('Vrai pour une région d’outre-mer'),
});

// ---------------------------------------------------------------------------
// Pioneers: the organisations (one YAML file each).
// ---------------------------------------------------------------------------

export const pioneerSchema = (ref: ReferenceFactory) =>
  z.strictObject({
    name: text('Nom de l’organisation'),
    actorType: ref('actorTypes').describe('Type d’acteur (identifiant de content/taxonomies/types-acteurs.yaml)'),
    region: ref('regions').optional().describe('Région du siège ou de l’action principale ; absent pour un acteur national'),
    website: httpsUrl.optional().describe('Site web, en https://'),
    joined: year('joined').optional().describe('Année d’entrée dans le réseau des pionniers, si elle est connue'),
    description: text('Présentation courte, en deux ou trois phrases'),
    illustrative: z.boolean().describe('Vrai pour une organisation inventée pour illustrer le modèle ; faux pour une organisation réelle'),
    sources: z.array(source).default([]).describe('Sources publiques des faits cités (obligatoires pour une organisation réelle)'),
  }).superRefine(requireRealSources('pioneers'));

// ---------------------------------------------------------------------------
// Cases: the alliances themselves (MDX or Markdown, one file each).
// ---------------------------------------------------------------------------

/** The length of a case summary, in characters: long enough to say something, short enough for a list. */
export const SUMMARY_MIN = 40;
export const SUMMARY_MAX = 320;

const outcome = z.strictObject({
  label: text('Ce que mesure le chiffre, par exemple « emplois créés »'),
  value: text('Le chiffre, tel qu’il doit s’afficher, par exemple « 42 » ou « 1,5 M€ »'),
  source: source.optional().describe('D’où vient ce chiffre ; obligatoire dans un cas réel'),
});

export const caseSchema = (ref: ReferenceFactory) =>
  z
    .strictObject({
      title: limitedText('Titre du cas : ce que l’alliance fait, et où', TEXT_LIMITS.title, 'le titre'),
      summary: z.string().trim().min(SUMMARY_MIN, { error: `le résumé doit faire au moins ${SUMMARY_MIN} caractères` }).max(SUMMARY_MAX, { error: `le résumé doit tenir en ${SUMMARY_MAX} caractères` }).describe('Résumé en une ou deux phrases, affiché dans les listes et les résultats de recherche'),
      illustrative: z.boolean().describe('Vrai pour un cas inventé pour illustrer le modèle ; faux pour un cas réel, dont chaque fait est sourcé'),
      territory: z
        .strictObject({
          name: limitedText('Nom du territoire tel qu’on le dit sur place', TEXT_LIMITS.territoryName, 'le nom du territoire'),
          level: ref('territoryLevels').describe('Échelle (identifiant de content/taxonomies/echelles.yaml)'),
          regions: refList(ref, 'regions', 'région').describe('Régions concernées ; vide seulement pour une alliance nationale'),
          kinds: refList(ref, 'territoryKinds', 'type de territoire').describe('Types de territoire (content/taxonomies/types-territoire.yaml : rural, urbain, littoral…) ; laissez la liste vide si les sources ne le disent pas'),
          department: z.string().regex(/^(\d{2}|2A|2B|97\d)$/, { error: 'code de département : deux chiffres (ou 2A, 2B, 971…)' }).optional().describe('Code du département, par exemple 94'),
        })
        .describe('Le territoire de l’alliance'),
      startYear: year('startYear').describe('Année de démarrage de l’alliance ; si elle n’est pas documentée, la première année où l’alliance est attestée'),
      startYearUndocumented: z.boolean().default(false).describe('Vrai quand l’année de démarrage n’est pas documentée : startYear est alors la première année attestée, et la page le dit'),
      endYear: year('endYear').optional().describe('Année où l’alliance s’est arrêtée, si elle s’est arrêtée'),
      stage: ref('stages').describe('Stade de maturité atteint (identifiant de content/taxonomies/stades.yaml)'),
      instigator: ref('pioneers').describe('L’organisation qui a lancé l’alliance (identifiant d’un fichier de content/pionniers/)'),
      partners: z
        .array(
          z.strictObject({
            pioneer: ref('pioneers').describe('Identifiant du partenaire dans content/pionniers/'),
            role: limitedText('Ce que ce partenaire apporte ou fait dans l’alliance', TEXT_LIMITS.partnerRole, 'le rôle'),
          }),
        )
        .default([])
        .describe('Les autres membres de l’alliance, avec leur rôle'),
      themes: refList(ref, 'themes', 'thème', 1).describe('Thèmes (identifiants de content/taxonomies/themes.yaml)'),
      instruments: notedRefList(ref, 'instruments', 'instrument', 'instrument', 'Instruments mobilisés (content/taxonomies/instruments.yaml) : l’identifiant seul, ou « instrument: <identifiant> » et « note: » qui dit en une phrase comment il a servi ici', 1),
      factors: notedRefList(ref, 'factors', 'factor', 'facteur clé de succès', 'Facteurs clés de succès observés (content/taxonomies/facteurs.yaml) : l’identifiant seul, ou « factor: <identifiant> » et « note: » qui dit en une phrase comment il a joué ici'),
      partnershipForms: refList(ref, 'partnershipForms', 'forme de partenariat').describe('Formes de partenariat (content/taxonomies/formes-partenariat.yaml)'),
      outcomes: z.array(outcome).default([]).describe('Chiffres clés, chacun avec sa source'),
      sources: z.array(source).default([]).describe('Sources publiques sur ce cas'),
      updated: calendarDate('Date de dernière mise à jour de la fiche, AAAA-MM-JJ'),
    })
    .superRefine((entry, ctx) => {
      if (entry.endYear !== undefined && entry.endYear < entry.startYear) {
        ctx.addIssue({ code: 'custom', path: ['endYear'], message: `l’alliance ne peut pas s’arrêter (${entry.endYear}) avant d’avoir commencé (${entry.startYear})` });
      }
      if (entry.territory.regions.length === 0 && entry.territory.level.id !== 'national') {
        ctx.addIssue({ code: 'custom', path: ['territory', 'regions'], message: 'indiquez au moins une région (seule une alliance de niveau « national » peut n’en avoir aucune)' });
      }
      const partnerIds = new Set<string>();
      entry.partners.forEach((partner, index) => {
        if (partner.pioneer.id === entry.instigator.id) {
          ctx.addIssue({ code: 'custom', path: ['partners', index, 'pioneer'], message: `« ${partner.pioneer.id} » est déjà l’instigateur ; ne le répétez pas parmi les partenaires` });
        } else if (partnerIds.has(partner.pioneer.id)) {
          ctx.addIssue({ code: 'custom', path: ['partners', index, 'pioneer'], message: `le partenaire « ${partner.pioneer.id} » figure deux fois ; réunissez ses rôles en une seule ligne` });
        }
        partnerIds.add(partner.pioneer.id);
      });
      requireRealSources('cases')(entry, ctx);
    });

// ---------------------------------------------------------------------------
// Testimonies: what a pioneer lived, in its own voice (summarised by us).
// ---------------------------------------------------------------------------

export const testimonySchema = (ref: ReferenceFactory) =>
  z.strictObject({
    title: limitedText('Titre du témoignage : l’idée forte, en une phrase', TEXT_LIMITS.title, 'le titre'),
    pioneer: ref('pioneers').describe('L’organisation qui témoigne (identifiant de content/pionniers/)'),
    speaker: z
      .strictObject({
        name: text('Nom de la personne, seulement si elle a consenti à être nommée').optional(),
        role: limitedText('Fonction de la personne dans l’organisation', TEXT_LIMITS.speakerRole, 'la fonction'),
      })
      .describe('Qui parle'),
    date: calendarDate('Date du témoignage (enregistrement ou publication), AAAA-MM-JJ'),
    approximateDate: z.boolean().default(false).describe('Vrai si seule l’année est connue, et à peu près : la page affiche « vers 2016 » au lieu du jour'),
    highlight: z.string().trim().min(20).max(280, { error: 'la phrase forte doit tenir en 280 caractères' }).describe('Une phrase forte, affichée en exergue'),
    factors: refList(ref, 'factors', 'facteur clé de succès', 1).describe('Facteurs clés de succès que ce témoignage illustre'),
    instruments: refList(ref, 'instruments', 'instrument').describe('Instruments dont ce témoignage parle'),
    themes: refList(ref, 'themes', 'thème').describe('Thèmes abordés'),
    cases: refList(ref, 'cases', 'cas').describe('Cas dont parle ce témoignage (identifiants de content/cas/)'),
    illustrative: z.boolean().describe('Vrai pour un témoignage inventé pour illustrer le modèle'),
    source: source.optional().describe('Où le témoignage original peut être consulté ; obligatoire pour un témoignage réel'),
  }).superRefine(requireRealSources('testimonies'));

// ---------------------------------------------------------------------------
// The learning path: modules of the MOOC and their sequences.
// ---------------------------------------------------------------------------

export const moduleSchema = z.strictObject({
  title: limitedText('Titre du module', TEXT_LIMITS.title, 'le titre'),
  order: z.number().int().min(1).describe('Numéro du module dans le parcours'),
  promise: text('Ce que l’apprenant saura faire à la fin, en une phrase'),
  durationMinutes: z.number().int().positive().describe('Durée estimée, en minutes'),
  status: z.enum(['published', 'planned']).describe('published : rédigé ; planned : annoncé, pas encore rédigé'),
  objectives: z.array(text('Un objectif d’apprentissage')).min(1).describe('Objectifs d’apprentissage du module'),
});

const quizQuestion = z
  .strictObject({
    question: text('La question posée'),
    choices: z
      .array(
        z.strictObject({
          text: text('Une réponse proposée'),
          correct: z.boolean().describe('Vrai si cette réponse est juste'),
          explanation: text('Pourquoi cette réponse est juste ou non'),
        }),
      )
      .min(2, { error: 'une question a au moins deux réponses' }),
  })
  .refine((question) => question.choices.some((choice) => choice.correct), {
    error: 'aucune réponse n’est marquée correct: true',
    path: ['choices'],
  });

export const sequenceSchema = (ref: ReferenceFactory) =>
  z.strictObject({
    title: limitedText('Titre de la séquence', TEXT_LIMITS.title, 'le titre'),
    order: z.number().int().min(1).describe('Rang de la séquence dans son module'),
    durationMinutes: z.number().int().positive().describe('Durée estimée, en minutes'),
    objectives: z.array(text('Un objectif')).min(1).describe('Ce que l’apprenant saura faire'),
    keyPoints: z.array(text('Un point clé')).min(1).describe('Les points à retenir'),
    illustrations: z
      .array(
        z
          .strictObject({
            case: ref('cases').optional().describe('Un cas qui illustre la séquence'),
            testimony: ref('testimonies').optional().describe('Un témoignage qui illustre la séquence'),
            factor: ref('factors').optional().describe('Le facteur clé que l’exemple montre'),
            instrument: ref('instruments').optional().describe('L’instrument que l’exemple montre'),
            note: text('Ce que l’exemple fait voir, en une phrase'),
          })
          .refine((item) => Boolean(item.case) !== Boolean(item.testimony), {
            error: 'chaque illustration cite soit un case, soit un testimony (un seul des deux)',
          }),
      )
      .default([])
      .describe('Voir sur le terrain : les cas et témoignages qui illustrent la séquence'),
    sources: z.array(source).min(1, { error: 'indiquez au moins une source : la page de cours (ou la publication) dont la séquence s’inspire' }).describe('Les pages de cours du MOOC (ou autres publications) dont la séquence tire son contenu'),
    stepBack: text('« Prenons du recul » : un encadré de mise en perspective').optional(),
    furtherReading: z.array(source).default([]).describe('« Allons plus loin » : lectures, avec leur source'),
    exercise: z
      .strictObject({
        title: text('Titre de l’exercice'),
        prompts: z.array(text('Une consigne')).min(1),
        worksheet: z.enum(['canevas-alliance']).optional().describe('La grille vierge que l’exercice demande de tracer, imprimée avec lui sur la fiche du module : « canevas-alliance », les neuf cases du canevas d’alliance et sa bande « Gouvernance »'),
      })
      .optional()
      .describe('« Passons à l’action » : un exercice sur le territoire de l’apprenant'),
    quiz: z.array(quizQuestion).default([]).describe('Questions d’auto-évaluation'),
  });
