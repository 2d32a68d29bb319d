/**
 * Writes the YAML of generated content files (case frontmatter, pioneer files).
 *
 * A tiny emitter rather than the `yaml` package because it also runs in the
 * contribution form, where every kilobyte counts. It only knows the shapes our
 * generated files have: mappings, lists, strings, numbers, booleans and dates.
 * Text is left unquoted when that is unambiguous, and double-quoted with JSON
 * escapes otherwise, so no contributor sentence can break the file.
 */

export type YamlValue = string | number | boolean | Date | YamlValue[] | { [key: string]: YamlValue | undefined };

/** Words a YAML reader would turn into a boolean or null if left unquoted. */
const RESERVED_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/**
 * Text that reads back unchanged without quotes, as maintainers write it: it
 * starts with a letter (so it is neither a number, a date nor a YAML sign),
 * holds no line break, control character or edge space, and no « : » or « # »
 * that YAML would take for a key or a comment.
 */
const isPlainSafe = (value: string) =>
  /^\p{L}/u.test(value) &&
  !/[\p{Cc}\u2028\u2029]/u.test(value) &&
  value === value.trim() &&
  !value.includes(': ') &&
  !value.includes(' #') &&
  !value.endsWith(':') &&
  !RESERVED_WORDS.has(value.toLowerCase());

/** Double quotes with JSON escapes: valid YAML, whatever the text holds. */
const quoted = (value: string) =>
  JSON.stringify(value).replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');

function scalar(value: string | number | boolean | Date): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return isPlainSafe(value) ? value : quoted(value);
  return String(value);
}

const isMapping = (value: YamlValue): value is { [key: string]: YamlValue | undefined } =>
  typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value);

/** The lines of a mapping; keys whose value is undefined are left out. */
function mappingLines(mapping: { [key: string]: YamlValue | undefined }, indent: string): string[] {
  return Object.entries(mapping).flatMap(([key, value]) => {
    if (value === undefined) return [];
    if (Array.isArray(value)) {
      return value.length === 0 ? [`${indent}${key}: []`] : [`${indent}${key}:`, ...listLines(value, `${indent}  `)];
    }
    if (isMapping(value)) return [`${indent}${key}:`, ...mappingLines(value, `${indent}  `)];
    return [`${indent}${key}: ${scalar(value)}`];
  });
}

function listLines(items: YamlValue[], indent: string): string[] {
  return items.flatMap((item) => {
    if (isMapping(item)) {
      // The first field shares the dash's line; the others align under it.
      const [first = '', ...rest] = mappingLines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    }
    if (Array.isArray(item)) throw new Error('frontmatter-yaml: nested lists are not used by generated files');
    return [`${indent}- ${scalar(item)}`];
  });
}

/** The YAML text of a mapping, ending with a line break. */
export const toYaml = (mapping: { [key: string]: YamlValue | undefined }): string => `${mappingLines(mapping, '').join('\n')}\n`;
