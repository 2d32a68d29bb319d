/**
 * npm run schemas — writes schemas/*.schema.json from the content model
 * (src/lib/json-schemas.ts), with the taxonomy ids found in content/.
 * Run it after changing the model or a taxonomy; a test fails until then.
 * It also points the editor at them (`yaml.schemas` in .vscode/settings.json).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKnownIds } from '../src/lib/checks/index.ts';
import { buildJsonSchemas, editorYamlSchemas } from '../src/lib/json-schemas.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

for (const [path, text] of buildJsonSchemas(await readKnownIds(root))) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
  console.log(`écrit : ${path}`);
}

const settingsPath = join(root, '.vscode/settings.json');
const settings = JSON.parse(await readFile(settingsPath, 'utf8'));
await writeFile(settingsPath, `${JSON.stringify({ ...settings, 'yaml.schemas': editorYamlSchemas() }, null, 2)}\n`);
console.log('écrit : .vscode/settings.json (yaml.schemas)');
