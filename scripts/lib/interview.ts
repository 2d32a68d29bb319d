/**
 * The questions of `npm run new`, one per field of the case, in French: each
 * answer is checked by the content model at once and asked again until it is
 * accepted, then the rules that link several answers are checked together.
 */
import type { CaseChoices } from '../../src/lib/case-draft/choices.ts';
import { emptyDraft, emptyPioneerDraft, fieldKey, type CaseDraft } from '../../src/lib/case-draft/draft.ts';
import { CASE_QUESTIONS, fieldLabel, PARTNER_QUESTIONS, PIONEER_QUESTIONS, SOURCE_QUESTIONS, type Question } from '../../src/lib/case-draft/questions.ts';
import { draftIssues, type FieldIssue } from '../../src/lib/case-draft/validation.ts';
import { slugify } from '../../src/lib/slug.ts';
import type { Prompter } from './prompts.ts';

/** Whether a problem at field `key` is about `field` or something inside it. */
const covers = (field: string, key: string) => key === field || key.startsWith(`${field}.`);

/** Stands for "an organisation that is not in the list" among the answers to a pick. */
const NEW_PIONEER = ':nouvelle-organisation';

/** Asks every question and returns the answers, which the content model accepts. */
export async function interview(prompter: Prompter, choices: CaseChoices, today: Date): Promise<CaseDraft> {
  const draft = emptyDraft();
  const { lists } = choices;
  const issuesAt = (fields: string[]) =>
    draftIssues(draft, choices, today).filter((issue) => fields.some((field) => covers(field, fieldKey(issue.path))));
  const report = (issues: FieldIssue[]) => {
    for (const issue of issues) prompter.say(`  ✗ ${fieldLabel(issue.path)} : ${issue.message}`);
  };
  /** Asks until the answers to `fields` satisfy the model. */
  const askValid = async (fields: string[], ask: () => Promise<void>) => {
    for (;;) {
      await ask();
      const issues = issuesAt(fields);
      if (issues.length === 0) return;
      report(issues);
    }
  };
  const text = (question: Question) => prompter.text(question.label, question.hint);

  async function newPioneer(): Promise<string> {
    const index = draft.newPioneers.length;
    const pioneer = emptyPioneerDraft();
    draft.newPioneers.push(pioneer);
    const field = (name: string) => [`newPioneers.${index}.${name}`];
    prompter.say('Décrivez cette organisation : son fichier sera écrit dans content/pionniers/.');
    await askValid(field('name'), async () => { pioneer.name = await text(PIONEER_QUESTIONS.name); });
    await askValid(field('actorType'), async () => { pioneer.actorType = await prompter.pick(PIONEER_QUESTIONS.actorType.label, lists.actorTypes); });
    await askValid(field('region'), async () => { pioneer.region = await prompter.pick(PIONEER_QUESTIONS.region.label, lists.regions, { optional: true }); });
    await askValid(field('description'), async () => { pioneer.description = await text(PIONEER_QUESTIONS.description); });
    await askValid(field('source'), async () => {
      pioneer.source.url = await text(PIONEER_QUESTIONS['source.url']);
      pioneer.source.label = await text(PIONEER_QUESTIONS['source.label']);
    });
    await askValid(field('website'), async () => { pioneer.website = await text(PIONEER_QUESTIONS.website); });
    return slugify(pioneer.name);
  }

  /** A pioneer of the list, one described earlier in this interview, or a new one described now. */
  async function pioneer(label: string): Promise<string> {
    const described = draft.newPioneers.map((item) => ({ id: slugify(item.name), label: item.name, hint: 'décrite plus haut' }));
    const answer = await prompter.pick(label, [...lists.pioneers, ...described], {
      extra: { label: 'Une organisation absente de la liste (vous la décrirez)', value: NEW_PIONEER },
    });
    return answer === NEW_PIONEER ? newPioneer() : answer;
  }

  const questions: { fields: string[]; ask: () => Promise<void> }[] = [
    { fields: ['title'], ask: async () => { draft.title = await text(CASE_QUESTIONS.title); } },
    { fields: ['territory.name'], ask: async () => { draft.territory.name = await text(CASE_QUESTIONS['territory.name']); } },
    { fields: ['territory.level'], ask: async () => { draft.territory.level = await prompter.pick(CASE_QUESTIONS['territory.level'].label, lists.territoryLevels); } },
    { fields: ['territory.regions'], ask: async () => { draft.territory.regions = await prompter.pickMany(CASE_QUESTIONS['territory.regions'].label, lists.regions); } },
    { fields: ['territory.department'], ask: async () => { draft.territory.department = await text(CASE_QUESTIONS['territory.department']); } },
    { fields: ['startYear'], ask: async () => { draft.startYear = await text(CASE_QUESTIONS.startYear); } },
    { fields: ['stage'], ask: async () => { draft.stage = await prompter.pick(CASE_QUESTIONS.stage.label, lists.stages); } },
    { fields: ['instigator'], ask: async () => { draft.instigator = await pioneer(CASE_QUESTIONS.instigator.label); } },
    {
      fields: ['partners'],
      ask: async () => {
        draft.partners = [];
        prompter.say(`${CASE_QUESTIONS.partners.label} (${CASE_QUESTIONS.partners.hint}).`);
        while (await prompter.confirm(draft.partners.length === 0 ? 'Ajouter un partenaire ?' : 'Ajouter un autre partenaire ?')) {
          const id = await pioneer(PARTNER_QUESTIONS.pioneer.label);
          draft.partners.push({ pioneer: id, role: await text(PARTNER_QUESTIONS.role) });
        }
      },
    },
    { fields: ['themes'], ask: async () => { draft.themes = await prompter.pickMany(CASE_QUESTIONS.themes.label, lists.themes); } },
    { fields: ['instruments'], ask: async () => { draft.instruments = await prompter.pickMany(CASE_QUESTIONS.instruments.label, lists.instruments); } },
    { fields: ['factors'], ask: async () => { draft.factors = await prompter.pickMany(CASE_QUESTIONS.factors.label, lists.factors); } },
    { fields: ['partnershipForms'], ask: async () => { draft.partnershipForms = await prompter.pickMany(CASE_QUESTIONS.partnershipForms.label, lists.partnershipForms); } },
    {
      fields: ['sources'],
      ask: async () => {
        draft.sources = [];
        prompter.say(`${CASE_QUESTIONS.sources.label} (${CASE_QUESTIONS.sources.hint}).`);
        do {
          const url = await text(SOURCE_QUESTIONS.url);
          draft.sources.push({ url, label: await text(SOURCE_QUESTIONS.label) });
        } while (await prompter.confirm('Ajouter une autre source ?'));
      },
    },
    { fields: ['summary'], ask: async () => { draft.summary = await text(CASE_QUESTIONS.summary); } },
  ];

  prompter.say('Nouvelle fiche de cas. Répondez aux questions ; chaque réponse est vérifiée aussitôt.');
  for (const question of questions) await askValid(question.fields, question.ask);

  // Some rules link several answers (an instigator repeated among partners…): ask again what they point at.
  for (let issues = draftIssues(draft, choices, today); issues.length > 0; issues = draftIssues(draft, choices, today)) {
    report(issues);
    const again = questions.filter((question) => issues.some((issue) => question.fields.some((field) => covers(field, fieldKey(issue.path)))));
    if (again.length === 0) throw new Error('ces réponses ne peuvent pas être corrigées ici ; relancez « npm run new »');
    for (const question of again) await askValid(question.fields, question.ask);
  }

  // An organisation described, then replaced by another answer, gets no file.
  const used = new Set([draft.instigator, ...draft.partners.map((partner) => partner.pioneer)]);
  return { ...draft, newPioneers: draft.newPioneers.filter((item) => used.has(slugify(item.name))) };
}
