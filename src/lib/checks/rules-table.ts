/**
 * The list of the checker's rules as CONTRIBUTING.md shows it, generated from
 * the registry (scripts/rules-doc.ts writes it; a test fails when it is stale).
 */
import type { Rule } from './engine/rule.ts';

export const RULES_START = '<!-- règles : début (écrit par npm run docs:rules) -->';
export const RULES_END = '<!-- règles : fin -->';

const cell = (text: string) => text.replaceAll('|', '\\|');

export const rulesTable = (rules: readonly Rule[]): string =>
  ['| règle | ce qu’elle demande |', '|---|---|', ...rules.map((rule) => `| \`${rule.id}\`${rule.severity === 'warning' ? ' (avertissement)' : ''} | ${cell(rule.summary)} |`)].join('\n');

/** The document with its rules block replaced by the current table. */
export function withRulesTable(document: string, rules: readonly Rule[]): string {
  const start = document.indexOf(RULES_START);
  const end = document.indexOf(RULES_END);
  if (start === -1 || end < start) throw new Error(`the document has no rules block (${RULES_START} … ${RULES_END})`);
  return `${document.slice(0, start + RULES_START.length)}\n${rulesTable(rules)}\n${document.slice(end)}`;
}
