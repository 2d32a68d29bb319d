/**
 * Ids of the controls of the contribution form, derived from the key of the
 * field they answer (`partners.0.role`), so that the markup and the island
 * that shows errors agree without a lookup table.
 */

export const controlId = (key: string) => `champ-${key.replaceAll('.', '-')}`;
export const hintId = (key: string) => `${controlId(key)}-aide`;
export const errorId = (key: string) => `${controlId(key)}-erreur`;
export const countId = (key: string) => `${controlId(key)}-compte`;

/** Stands for the row number in the fields of a repeatable row (`partners.__n__.role`), replaced when a row is added. */
export const ROW_INDEX = '__n__';
