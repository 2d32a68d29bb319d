/**
 * Repeatable rows of the contribution form (partners, sources, organisations
 * to describe): each row is cloned from its <template>, its fields named
 * `<list>.<index>.<field>`, and renumbered when a row is removed so that the
 * names always match the positions the validation reports.
 */
import { ROW_INDEX } from '../../lib/form-field-ids.ts';

/** Attributes that hold a field key or an id derived from one. */
const KEYED_ATTRIBUTES = ['id', 'name', 'for', 'aria-describedby', 'data-field'];

export const rowsOf = (form: HTMLFormElement, list: string): HTMLElement[] =>
  [...form.querySelectorAll<HTMLElement>(`[data-rows="${list}"] > [data-row]`)];

function renumber(form: HTMLFormElement, list: string): void {
  // `partners.3.role`, `champ-partners-3-role`, or the template's `partners.__n__.role`.
  const keyed = new RegExp(`(${list}[.-])(?:\\d+|${ROW_INDEX})(?=[.-]|$)`, 'g');
  rowsOf(form, list).forEach((row, index) => {
    for (const element of [row, ...row.querySelectorAll<HTMLElement>('*')]) {
      for (const attribute of KEYED_ATTRIBUTES) {
        const value = element.getAttribute(attribute);
        if (value !== null) element.setAttribute(attribute, value.replace(keyed, `$1${index}`));
      }
    }
    for (const number of row.querySelectorAll('[data-row-number]')) number.textContent = String(index + 1);
  });
}

let rowKeys = 0;

function addRow(form: HTMLFormElement, list: string): HTMLElement {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-row-template="${list}"]`);
  const container = form.querySelector(`[data-rows="${list}"]`);
  const row = template?.content.firstElementChild?.cloneNode(true);
  if (!container || !(row instanceof HTMLElement)) throw new Error(`contribute form: no rows "${list}"`);
  // A key that survives renumbering, for what points at the row (the organisations offered in the lists).
  row.dataset.rowKey = String(++rowKeys);
  container.append(row);
  renumber(form, list);
  return row;
}

/** Wires the add and remove buttons; `onChange` runs after each change of rows. */
export function setUpRows(form: HTMLFormElement, onChange: () => void): void {
  for (const container of form.querySelectorAll<HTMLElement>('[data-rows]')) {
    const list = container.dataset.rows!;
    for (let count = Number(container.dataset.initialRows ?? 0); count > 0; count--) addRow(form, list);
  }
  form.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (!button) return;
    if (button.dataset.addRow) {
      const row = addRow(form, button.dataset.addRow);
      row.querySelector<HTMLElement>('input, select, textarea')?.focus();
      onChange();
    } else if (button.hasAttribute('data-remove-row')) {
      const row = button.closest<HTMLElement>('[data-row]')!;
      const list = row.parentElement!.dataset.rows!;
      row.remove();
      renumber(form, list);
      form.querySelector<HTMLElement>(`[data-add-row="${list}"]`)?.focus();
      onChange();
    }
  });
}
