/** The site's own content/ passes every check (what `npm run check` and the build enforce). */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatText } from '../../src/lib/checks/engine/format.ts';
import { checkContent } from '../../src/lib/checks/index.ts';

// Reads and checks every file of content/: more than the default 5 s when the machine is busy.
it('finds no problem in content/', { timeout: 30_000 }, async () => {
  const { problems, files } = await checkContent({ root: join(import.meta.dirname, '../..') });
  expect(files.length).toBeGreaterThan(0);
  expect(problems.map(formatText)).toEqual([]);
});
