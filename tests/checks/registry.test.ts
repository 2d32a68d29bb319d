/** The registry is the one list of rules: ids unique and readable, every rule file registered, CONTRIBUTING.md listing them all. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/lib/checks/engine/rule.ts';
import { rules } from '../../src/lib/checks/registry.ts';
import { withRulesTable } from '../../src/lib/checks/rules-table.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RULES_DIR = join(ROOT, 'src', 'lib', 'checks', 'rules');

describe('the rule registry', () => {
  it('gives every rule a unique id of the form family/what', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
  });

  it('registers every rule that a file of rules/ defines', async () => {
    const defined: Rule[] = [];
    for (const file of readdirSync(RULES_DIR)) {
      const exports = await import(join(RULES_DIR, file));
      defined.push(...Object.values(exports).filter((value): value is Rule => typeof value === 'object' && value !== null && 'scope' in value && 'check' in value));
    }
    expect(defined.map((rule) => rule.id).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it('is listed in CONTRIBUTING.md as it is (otherwise run: npm run docs:rules)', () => {
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    expect(withRulesTable(contributing, rules)).toBe(contributing);
  });
});
