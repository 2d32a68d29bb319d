/**
 * The page loader keys entries as Astro's glob loader does, so that ids (and
 * URLs, and references) do not change with it.
 */
import { describe, expect, it } from 'vitest';
import { entryIdOfPath } from '../src/lib/checks/engine/content-files.ts';
import { pageId } from '../src/lib/page-loader.ts';

describe('page ids', () => {
  it('are the path in the folder without extension, each segment slugified, a final index dropped', () => {
    expect(pageId('agir-ensemble.md')).toBe('agir-ensemble');
    expect(pageId('module-3/ouverture.mdx')).toBe('module-3/ouverture');
    expect(pageId('Épicerie Solidaire.md')).toBe('épicerie-solidaire');
    expect(pageId('module-1/index.md')).toBe('module-1');
  });

  it('are the ids the checker resolves references against, for the file names it accepts', () => {
    for (const path of ['content/cas/agir-ensemble.md', 'content/sequences/module-3/ouverture.mdx']) {
      const collection = path.startsWith('content/cas/') ? 'cases' : 'sequences';
      expect(pageId(path.split('/').slice(2).join('/'))).toBe(entryIdOfPath(path, collection));
    }
  });
});
