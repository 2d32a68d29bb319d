/**
 * npm run github-files — writes the lines of .github/ files that depend on
 * src/lib/site-config.ts (maintainers' team, contribution guide link, label).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { githubFiles, withConfiguredLines } from '../src/lib/github-files.ts';

const root = join(import.meta.dirname, '..');
for (const file of githubFiles) {
  const path = join(root, file);
  writeFileSync(path, withConfiguredLines(file, readFileSync(path, 'utf8')));
  console.log(`écrit : ${file}`);
}
