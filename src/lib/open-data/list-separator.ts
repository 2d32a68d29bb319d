/** The separator of list items in a CSV cell of the open data; the content checker refuses it inside those items. */
export const LIST_SEPARATOR = '|';
