/**
 * The YAML writer of generated files (case frontmatter, pioneer files): any
 * text a contributor types reads back as the same string, wherever it sits,
 * for a YAML 1.2 reader (the checker's) and a YAML 1.1 one (older tools);
 * text that needs no quotes is left plain, as maintainers write it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from '../src/lib/frontmatter-yaml.ts';

const VERSIONS = ['1.2', '1.1'] as const;

/** Text that a YAML reader would not read back unchanged without quotes: each one is a guard of the writer. */
const MISREAD_UNQUOTED = [
  'true', 'false', 'null', '~', 'yes', 'No', 'on',
  'Rennes #3', 'Rennes:', 'Rennes : quartier', '- a', "'quoted'", '"double"',
  ' espace devant', 'espace derrière ', '2016', '0x10', '1e3', '@x', '`x', '%x',
  'ligne\nsuivante', 'retour\r\nWindows', '',
];

/** Text that reads back unchanged as it is. */
const PLAIN = ['Rennes', 'Saint-Malo', 'l’épicerie « solidaire » de Rennes', 'Rennes#3', 'a:b', 'الرباط', 'Rennes 🌱'];

/** Text quoted out of caution (another reader might split or trim it), which must read back too. */
const CAUTIOUS = ['🌱 jardin', 'tabu\tlation', 'ligne\u2028séparée'];

const readsBack = (text: string, version: (typeof VERSIONS)[number]) => {
  try {
    return parse(text, { version }) as unknown;
  } catch (error) {
    return error;
  }
};

describe('text written by the YAML writer', () => {
  it.each([...MISREAD_UNQUOTED, ...PLAIN, ...CAUTIOUS])('%j reads back as the same string, as a field, in a list and in a list of fields', (value) => {
    const data = { field: value, list: [value, 'x'], items: [{ label: value, url: value }] };
    for (const version of VERSIONS) expect(readsBack(toYaml(data), version)).toEqual(data);
  });

  it.each(MISREAD_UNQUOTED)('%j, misread without quotes, is quoted', (value) => {
    const unquoted = VERSIONS.map((version) => readsBack(`field: ${value}\n`, version));
    expect(unquoted.some((read) => (read as { field?: unknown })?.field !== value)).toBe(true);
    expect(toYaml({ field: value })).not.toBe(`field: ${value}\n`);
  });

  it.each(PLAIN)('%j stays plain, as maintainers write it', (value) => {
    expect(toYaml({ field: value, list: [value] })).toBe(`field: ${value}\nlist:\n  - ${value}\n`);
  });
});
