/**
 * Shows the problems of the contribution form the RGAA way: each message next
 * to its field (linked by aria-describedby, the field marked aria-invalid),
 * and a summary at the top whose links lead to the fields.
 */
import { fieldKey } from '../../lib/case-draft/draft.ts';
import { fieldLabel } from '../../lib/case-draft/questions.ts';
import type { FieldIssue } from '../../lib/case-draft/validation.ts';
import { errorId } from '../../lib/form-field-ids.ts';

const CONTROLS = 'input, select, textarea';

/** The element of the field a problem is about: the deepest `[data-field]` its path reaches. */
function fieldElement(form: HTMLFormElement, issue: FieldIssue): HTMLElement | undefined {
  for (let length = issue.path.length; length > 0; length--) {
    const found = form.querySelector<HTMLElement>(`[data-field="${fieldKey(issue.path.slice(0, length))}"]`);
    if (found) return found;
  }
  return undefined;
}

/** The controls of a field, without those of the fields it contains (a block of rows has its own). */
function controlsOf(field: HTMLElement): HTMLElement[] {
  const own = [...field.querySelectorAll<HTMLElement>(CONTROLS)].filter((control) => control.parentElement?.closest('[data-field]') === field);
  return own.length > 0 ? own : [...field.querySelectorAll<HTMLElement>('button')].slice(-1);
}

function clear(form: HTMLFormElement): void {
  for (const message of form.querySelectorAll('.field-error')) {
    for (const control of form.querySelectorAll<HTMLElement>(`[aria-describedby~="${message.id}"]`)) {
      const rest = control.getAttribute('aria-describedby')!.split(' ').filter((id) => id !== message.id);
      if (rest.length > 0) control.setAttribute('aria-describedby', rest.join(' '));
      else control.removeAttribute('aria-describedby');
    }
    message.remove();
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
}

/**
 * Replaces the problems shown. `moveFocus` (on submit) takes the reader to the
 * summary; while the contributor corrects, messages update where they are.
 */
export function showIssues(form: HTMLFormElement, summary: HTMLElement, issues: FieldIssue[], moveFocus: boolean): void {
  clear(form);
  const links: HTMLLIElement[] = [];
  const shown = new Set<HTMLElement>();
  // The summary lists the problems in the order of the fields on the page.
  const placed = issues
    .flatMap((issue) => {
      const field = fieldElement(form, issue);
      return field ? [{ issue, field }] : [];
    })
    .sort((a, b) => (a.field === b.field ? 0 : a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  for (const { issue, field } of placed) {
    if (shown.has(field)) continue;
    shown.add(field);
    const key = field.dataset.field!;
    const message = document.createElement('p');
    message.className = 'field-error';
    message.id = errorId(key);
    message.textContent = issue.message;
    const before = field.querySelector(':scope > .hint') ?? field.querySelector(':scope > label, :scope > legend, :scope > h3');
    if (before) before.after(message);
    else field.prepend(message);
    const controls = controlsOf(field);
    for (const control of controls) {
      if (control.matches(CONTROLS)) control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
    }
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${controls[0]?.id ?? field.id}`;
    link.textContent = `${fieldLabel(issue.path)} : ${issue.message}`;
    item.append(link);
    links.push(item);
  }

  summary.replaceChildren();
  summary.hidden = links.length === 0;
  if (links.length === 0) return;
  const title = document.createElement('h2');
  title.textContent = links.length === 1 ? 'La fiche contient 1 erreur' : `La fiche contient ${links.length} erreurs`;
  const list = document.createElement('ul');
  list.append(...links);
  summary.append(title, list);
  if (moveFocus) summary.focus();
}

/** Summary links move the focus to the field itself, not only the view. */
export function followSummaryLinks(summary: HTMLElement): void {
  summary.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  });
}
