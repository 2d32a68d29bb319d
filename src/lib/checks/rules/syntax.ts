/**
 * Rules: each file can be read. The engine parses every file once
 * (engine/content-entries.ts) and keeps what each step could not read; these
 * rules report it, one rule per step, so a contributor knows which syntax to fix.
 */
import { defineRule } from '../engine/rule.ts';

export const frontmatterDelimiters = defineRule({
  id: 'frontmatter/delimiters',
  scope: 'file',
  summary: 'Une page commence par une ligne ---, puis ses champs, puis une autre ligne --- seule.',
  check: ({ syntax }) => syntax.frontmatter,
});

export const yamlSyntax = defineRule({
  id: 'yaml/syntax',
  scope: 'file',
  summary: 'Le YAML est bien formé : « clé: valeur » une par ligne, indentation en espaces, guillemets fermés, pas de champ en double ni d’alias (*nom) ; une taxonomie est une liste.',
  check: ({ syntax }) => syntax.yaml,
});

export const bodySyntax = defineRule({
  id: 'body/syntax',
  scope: 'file',
  summary: 'Le texte Markdown ou MDX se lit : en .mdx, une accolade s’écrit \\{, un chevron \\< et toute balise ouverte se referme.',
  check: ({ syntax }) => syntax.body,
});
