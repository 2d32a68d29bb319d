/**
 * npm run docs:rules — writes the list of the content checker's rules into
 * CONTRIBUTING.md, from the registry (src/lib/checks/registry.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../src/lib/checks/registry.ts';
import { withRulesTable } from '../src/lib/checks/rules-table.ts';

const file = join(import.meta.dirname, '..', 'CONTRIBUTING.md');
writeFileSync(file, withRulesTable(readFileSync(file, 'utf8'), rules));
console.log(`${rules.length} règles écrites dans CONTRIBUTING.md`);
