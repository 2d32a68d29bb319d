/** The small helpers the rules stand on: frontmatter split, positions, paths and ids. */
import { describe, expect, it } from 'vitest';
import { collectionOfPath, entryIdOfPath } from '../../src/lib/checks/engine/content-files.ts';
import { formatPath } from '../../src/lib/validation/data-path.ts';
import { bodyWithFileOffsets, splitFrontmatter } from '../../src/lib/checks/engine/frontmatter.ts';
import { SourceText } from '../../src/lib/checks/engine/source-text.ts';
import { offsetOfPath, parseYaml } from '../../src/lib/checks/engine/yaml-source.ts';

describe('frontmatter', () => {
  it('splits the YAML from the body, keeping offsets', () => {
    const text = '---\ntitle: x\n---\nCorps\n';
    expect(splitFrontmatter(text)).toEqual({ ok: true, yaml: 'title: x\n', yamlOffset: 4, bodyOffset: 17 });
    expect(bodyWithFileOffsets(text, 17)).toBe('   \n        \n   \nCorps\n');
  });

  it('says when the frontmatter is missing or not closed', () => {
    expect(splitFrontmatter('# Titre')).toMatchObject({ ok: false, offset: 0 });
    expect(splitFrontmatter('---\ntitle: x\n')).toEqual({ ok: false, offset: 0, message: 'en-tête non fermé : ajoutez une ligne --- après le dernier champ' });
  });

  it('ends the frontmatter where Astro does: at the first line that starts with --- or +++', () => {
    expect(splitFrontmatter('---\ntitle: x\n---  \nCorps')).toMatchObject({ ok: true, yaml: 'title: x\n', bodyOffset: 19 });
    expect(splitFrontmatter('---\ntitle: x\n+++<img src=x onerror=alert(1)>: y\n---\n')).toMatchObject({ ok: false, offset: 13 });
  });
});

describe('positions', () => {
  it('turns offsets into 1-based lines and columns', () => {
    const source = new SourceText('content/x.md', 'ab\ncd\n\nef');
    expect([0, 1, 3, 6, 7, 8].map((offset) => source.place(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });

  it('finds a field in YAML, or the deepest part of its path that exists', () => {
    const yaml = 'title: x\npartners:\n  - pioneer: a\n    role: b\n';
    const { document } = parseYaml(yaml);
    const lineOf = (path: PropertyKey[]) => new SourceText('x', yaml).place(offsetOfPath(document, path));
    expect(lineOf(['partners', 0, 'role'])).toEqual({ line: 4, column: 5 });
    expect(lineOf(['partners', 3])).toEqual({ line: 2, column: 1 });
    expect(lineOf(['summary'])).toEqual({ line: 1, column: 1 });
  });

  it('writes paths the way a contributor points at a field', () => {
    expect(formatPath(['partners', 1, 'role'])).toBe('partners[1].role');
    expect(formatPath(['territory', 'regions'])).toBe('territory.regions');
    expect(formatPath([])).toBe('');
  });
});

describe('files and ids', () => {
  it('knows which collection a file belongs to, as the loaders do', () => {
    expect(collectionOfPath('content/cas/x.mdx')).toBe('cases');
    expect(collectionOfPath('content/pionniers/x.yaml')).toBe('pioneers');
    expect(collectionOfPath('content/pionniers/x.yml')).toBeUndefined();
    expect(collectionOfPath('content/taxonomies/themes.yaml')).toBe('themes');
    expect(collectionOfPath('content/cas/image.png')).toBeUndefined();
    expect(collectionOfPath('content/cas/.brouillon.md')).toBeUndefined();
    expect(collectionOfPath('content/cas/x.MD')).toBeUndefined();
  });

  it('gives entries the id Astro gives them', () => {
    expect(entryIdOfPath('content/sequences/module-3/Ouverture.md', 'sequences')).toBe('module-3/ouverture');
  });
});
