/**
 * Writes tests/fixtures/seed-fingerprints.json: a short hash of every run of
 * 8 words of the MOOC transcripts in ../shared/seeds/. The test that no
 * sentence of a transcript is copied into content/ compares against these
 * hashes, so the repository holds no copy of the transcripts themselves.
 *
 * Run after a new seed arrives: node scripts/seed-fingerprints.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintRuns } from '../src/lib/word-runs.ts';

const root = join(import.meta.dirname, '..');
const seeds = join(root, '..', 'shared', 'seeds');
const fingerprints = new Set<string>();
for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt')).sort()) {
  for (const fingerprint of fingerprintRuns(readFileSync(join(seeds, name), 'utf8'))) fingerprints.add(fingerprint);
}
writeFileSync(join(root, 'tests', 'fixtures', 'seed-fingerprints.json'), JSON.stringify([...fingerprints].sort()) + '\n');
console.log(`${fingerprints.size} empreintes écrites dans tests/fixtures/seed-fingerprints.json`);
