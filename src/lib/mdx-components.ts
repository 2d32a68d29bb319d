/**
 * The only components MDX content may use, and the props each accepts: plain
 * texts, checked by the same zod schemas in `npm run check` (parse only) and
 * when the component renders. Adding a component here (and its markup to
 * src/lib/mdx-render.ts) is what allows contributors to write it.
 */
import { z } from './validation/zod.ts';
import { formatPath } from './validation/data-path.ts';
import { validate } from './validation/zod-issues.ts';

const textProp = (description: string, example: string) =>
  z
    .string({ error: `attendu un texte entre guillemets, par exemple ${example}` })
    .trim()
    .min(1, { error: 'ce texte ne peut pas être vide' })
    .describe(description);

export const mdxComponentProps = {
  Citation: z
    .strictObject({
      auteur: textProp('Qui parle : un nom (avec son accord) ou une fonction', 'auteur="Directrice d’une association"').optional(),
    })
    .describe('Une citation mise en valeur, avec son auteur'),
  ChiffreCle: z
    .strictObject({
      valeur: textProp('Le chiffre, tel qu’il doit s’afficher', 'valeur="42 %"'),
      libelle: textProp('Ce que mesure le chiffre', 'libelle="des habitants consultés"'),
      source: textProp('D’où vient le chiffre', 'source="INSEE, 2021"').optional(),
    })
    .describe('Un chiffre clé, avec ce qu’il mesure et sa source'),
  Encadre: z
    .strictObject({
      titre: textProp('Titre de l’encadré', 'titre="À retenir"').optional(),
    })
    .describe('Un encadré : une idée à mettre à part du texte'),
} as const;

export type MdxComponentName = keyof typeof mdxComponentProps;

export const mdxComponentNames = Object.keys(mdxComponentProps) as MdxComponentName[];

export const isMdxComponent = (name: string): name is MdxComponentName => Object.hasOwn(mdxComponentProps, name);

export type MdxProps<N extends MdxComponentName> = z.output<(typeof mdxComponentProps)[N]>;

/** The props of a component as it renders; bad props stop the build with the checker's message. */
export function readMdxProps<N extends MdxComponentName>(name: N, props: Record<string, unknown>): MdxProps<N> {
  const result = validate(mdxComponentProps[name], props, 'attribut');
  // TypeScript cannot follow the schema through the generic index; zod has checked the shape.
  if (result.success) return result.data as MdxProps<N>;
  throw new Error(`<${name}> : ${result.issues.map((issue) => `${formatPath(issue.path)} : ${issue.message}`).join(' ; ')}`);
}
