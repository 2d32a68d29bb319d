/**
 * npm run check [-- --format github] [paths…]
 *
 * Checks content/ in seconds, without building the site: the same rules as
 * the build (src/lib/checks/). Prints one line per problem, sorted by file and
 * line, then a summary; exits 1 on any problem (warnings are printed, never
 * counted as failures). Paths (files or folders)
 * limit the report to them; references still resolve against all content.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem, formatSummary, type OutputFormat } from '../src/lib/checks/engine/format.ts';
import { checkContent, isSelected } from '../src/lib/checks/index.ts';
import { errorsOf } from '../src/lib/checks/engine/problem.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' } },
});

if (values.format !== 'text' && values.format !== 'github') {
  console.error(`--format : « text » ou « github » (reçu « ${values.format} »)`);
  process.exit(2);
}
const format: OutputFormat = values.format;

// npm runs scripts from the repository root; paths are relative to where the contributor typed them.
const typedFrom = process.env.INIT_CWD ?? process.cwd();
const only = positionals.length > 0 ? positionals.map((path) => relative(root, resolve(typedFrom, path)).split(sep).join('/')) : undefined;

const started = performance.now();
const { problems, files } = await checkContent({ root, only });

const unmatched = only?.filter((path) => !files.some((file) => isSelected(file, [path]))) ?? [];
if (unmatched.length > 0) {
  console.error(`aucun fichier de contenu dans : ${unmatched.join(', ')}`);
  process.exit(2);
}

for (const problem of problems) console.log(formatProblem(problem, format));
console.log(formatSummary(problems, files.length, performance.now() - started));
process.exitCode = errorsOf(problems).length > 0 ? 1 : 0;
