/**
 * The draft of the contribution form kept in this browser (localStorage):
 * every field and every added row, saved at each change, put back when the
 * page opens again (reload, closed tab, browser restarted). Nothing leaves the
 * browser. The key carries a version: a draft saved in another shape is
 * ignored rather than misread.
 */
import { rowsOf, setRowCount } from './rows.ts';

const MAX_ROWS = 100;

export const STORAGE_KEY = 'alliances-en-territoires:contribuer:brouillon:v1';

/** Option values that point at a described organisation by its row's key, stable within one page only. */
const DESCRIBED = 'decrite:';

interface SavedForm {
  version: 1;
  /** Rows of each repeatable list. */
  rows: Record<string, number>;
  /** Every named control's value, in order; a described organisation as `decrite#<row index>`. */
  fields: [string, string][];
}

/** localStorage, or undefined when the browser refuses it (private mode of some browsers, storage blocked). */
function storage(): Storage | undefined {
  try {
    const probe = `${STORAGE_KEY}:essai`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return undefined;
  }
}

function snapshot(form: HTMLFormElement): SavedForm {
  const lists = [...form.querySelectorAll<HTMLElement>('[data-rows]')].map((container) => container.dataset.rows!);
  const rowIndex = new Map(rowsOf(form, 'newPioneers').map((row, index) => [`${DESCRIBED}${row.dataset.rowKey}`, index]));
  const fields = [...new FormData(form)].map(([name, value]): [string, string] => {
    const text = String(value);
    return [name, rowIndex.has(text) ? `decrite#${rowIndex.get(text)}` : text];
  });
  return { version: 1, rows: Object.fromEntries(lists.map((list) => [list, rowsOf(form, list).length])), fields };
}

function isSavedForm(value: unknown): value is SavedForm {
  const saved = value as SavedForm | null;
  return saved?.version === 1 && typeof saved.rows === 'object' && Array.isArray(saved.fields) &&
    saved.fields.every((field) => Array.isArray(field) && field.length === 2 && field.every((part) => typeof part === 'string'));
}

function fill(form: HTMLFormElement, saved: SavedForm): void {
  const described = rowsOf(form, 'newPioneers').map((row) => `${DESCRIBED}${row.dataset.rowKey}`);
  const valueOf = (text: string) => (/^decrite#\d+$/.test(text) ? (described[Number(text.slice('decrite#'.length))] ?? '') : text);
  const values = new Map<string, string[]>();
  for (const [name, text] of saved.fields) values.set(name, [...(values.get(name) ?? []), valueOf(text)]);
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[name], select[name], textarea[name]')) {
    const saved = values.get(control.name) ?? [];
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = saved.includes(control.value);
    else control.value = saved[0] ?? '';
  }
}

export interface SavedDraft {
  /** False when the browser refuses to keep anything: the page says so. */
  available: boolean;
  /** Puts back the saved draft, if any; says whether there was one. */
  restore(offerDescribedPioneers: () => void): boolean;
  save(): void;
  clear(): void;
}

export function savedDraft(form: HTMLFormElement): SavedDraft {
  const store = storage();
  return {
    available: store !== undefined,
    restore(offerDescribedPioneers) {
      let saved: unknown;
      try {
        saved = JSON.parse(store?.getItem(STORAGE_KEY) ?? 'null');
      } catch {
        return false;
      }
      if (!isSavedForm(saved)) return false;
      // A list of a few dozen rows at most: a saved number beyond that is not a draft of this form.
      for (const [list, count] of Object.entries(saved.rows)) if (Number.isInteger(count) && count >= 0 && count <= MAX_ROWS) setRowCount(form, list, count);
      fill(form, saved);
      // The lists of organisations offer the described ones only once their names are back: fill again for those.
      offerDescribedPioneers();
      fill(form, saved);
      return true;
    },
    save() {
      try {
        store?.setItem(STORAGE_KEY, JSON.stringify(snapshot(form)));
      } catch {
        // Storage full: the draft in the page is still there; nothing better to do than keep typing.
      }
    },
    clear() {
      store?.removeItem(STORAGE_KEY);
    },
  };
}
