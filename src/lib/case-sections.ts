/**
 * The sections of a case sheet, in their order: the template the form and
 * `npm run new` write, and what the rule `cases/template-sections` expects.
 * The last one, « Ce que nous ne savons pas encore », keeps a real sheet
 * honest about its gaps; an illustrative sheet (invented) may leave it out.
 */
export const CASE_SECTIONS = [
  { id: 'contexte', heading: 'Contexte', hint: 'le territoire et le besoin de départ, ce qui a réuni les partenaires, avec des faits datés.' },
  { id: 'alliance', heading: "L'alliance et qui fait quoi", hint: 'qui a pris l’initiative, qui a rejoint, et ce que fait chacun (la collectivité qui facilite, l’entreprise qui change d’échelle, l’association qui mobilise…).' },
  { id: 'instruments', heading: 'Les instruments mobilisés', hint: 'dialogue territorial, expérimentation collective, accompagnement des partenariats : comment chacun a servi, concrètement.' },
  { id: 'gouvernance', heading: 'Gouvernance et son évolution', hint: 'du fonctionnement informel des débuts à une forme plus structurée (convention, comité, association…), et à quel moment.' },
  { id: 'reussites', heading: 'Ce qui a marché', hint: 'les facteurs clés de succès observés, chacun avec un exemple.' },
  { id: 'difficultes', heading: 'Ce qui a été difficile', hint: 'les obstacles, les tensions, ce qui a été abandonné, et comment l’alliance y a fait face.' },
  { id: 'a-reprendre', heading: "Ce que d'autres peuvent reprendre", hint: 'ce qu’un autre territoire peut réutiliser tel quel, et ce qui tient au contexte local.' },
  { id: 'inconnues', heading: 'Ce que nous ne savons pas encore', hint: 'les questions que les sources laissent ouvertes : ce qu’un lecteur pourrait vous aider à compléter.' },
] as const;

/** The id of a section: `contexte`, `alliance`… */
export type SectionId = (typeof CASE_SECTIONS)[number]['id'];
