/**
 * Writes tests/fixtures/transcripts/<name>.json: a short hash of every run of
 * 8 words of a MOOC transcript. The editorial test compares content/ against
 * these hashes, so the repository holds no copy of the transcripts themselves.
 *
 * Usage: npm run fingerprints -- <transcript.txt> [<transcript.txt> …]
 * Each file's name (without .txt) names its fingerprint file: use the lecture
 * slug, so the fixture says which lecture it stands for.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fingerprintRuns } from '../src/lib/word-runs.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('indiquez au moins un fichier de transcription : npm run fingerprints -- transcription.txt');
  process.exit(2);
}
const target = join(import.meta.dirname, '..', 'tests', 'fixtures', 'transcripts');
mkdirSync(target, { recursive: true });
for (const file of files) {
  const fingerprints = [...new Set(fingerprintRuns(readFileSync(file, 'utf8')))].sort();
  const name = basename(file).replace(/\.txt$/, '');
  writeFileSync(join(target, `${name}.json`), JSON.stringify(fingerprints) + '\n');
  console.log(`${fingerprints.length} empreintes écrites dans tests/fixtures/transcripts/${name}.json`);
}
