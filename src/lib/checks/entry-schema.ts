/**
 * Rule: an entry's data matches its collection's schema (the model of
 * src/lib/content-model.ts): one French message per field, at the field's line.
 */
import type { z } from 'astro/zod';
import { problemAtField, type ContentEntry } from './content-entries.ts';
import type { Problem } from './problem.ts';
import { validate } from './zod-issues.ts';

export function checkEntrySchema(entry: ContentEntry, schema: z.ZodType): Problem[] {
  if (!entry.data) return [];
  const result = validate(schema, entry.data.value);
  return result.success ? [] : result.issues.map((issue) => problemAtField(entry, issue.path, issue.message));
}
