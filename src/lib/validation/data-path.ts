/** Where a value sits in parsed data: keys and list indexes, as zod reports them. */
export type DataPath = readonly PropertyKey[];

/** `partners[1].role`, `territory.regions`: how a contributor would point at a field. */
export const formatPath = (path: DataPath): string =>
  path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`)).join('');
