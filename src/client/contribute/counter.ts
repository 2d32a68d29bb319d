/**
 * Character counts under the fields that have a limit (« 312 / 320 caractères »):
 * the visible count follows each key; screen readers hear it once the typing
 * pauses, through a polite live region, rather than at every key (which would
 * drown what they are reading). Nothing is ever cut: the check refuses a text
 * too long, with the same message as `npm run new`.
 */
import { answerText } from '../../lib/case-draft/files.ts';

/** How long the typing pauses before the count is read out. */
const ANNOUNCE_AFTER_MS = 1000;

interface Count {
  control: HTMLInputElement | HTMLTextAreaElement;
  shown: HTMLElement;
  announced: HTMLElement;
  limit: number;
}

/** « 312 / 320 caractères », or what is too much: counted as the check counts (trimmed, Windows line ends as one). */
export function countText(value: string, limit: number): string {
  const length = answerText(value).length;
  const over = length - limit;
  return over > 0 ? `${length} / ${limit} caractères : ${over} de trop` : `${length} / ${limit} caractères`;
}

/** Wires the counts of a form; returns what updates them all (after the fields are filled by a script). */
export function setUpCounts(form: HTMLFormElement): () => void {
  const counts: Count[] = [...form.querySelectorAll<HTMLElement>('[data-count-up-to]')].map((shown) => ({
    shown,
    control: document.getElementById(shown.dataset.countOf!) as HTMLInputElement | HTMLTextAreaElement,
    announced: form.querySelector<HTMLElement>(`[data-count-announce="${shown.dataset.countOf}"]`)!,
    limit: Number(shown.dataset.countUpTo),
  }));
  const update = (count: Count) => {
    count.shown.textContent = countText(count.control.value, count.limit);
    count.shown.classList.toggle('char-count--over', answerText(count.control.value).length > count.limit);
  };
  for (const count of counts) {
    let pause: ReturnType<typeof setTimeout> | undefined;
    count.control.addEventListener('input', () => {
      update(count);
      clearTimeout(pause);
      pause = setTimeout(() => { count.announced.textContent = count.shown.textContent; }, ANNOUNCE_AFTER_MS);
    });
  }
  const updateAll = () => counts.forEach(update);
  updateAll();
  return updateAll;
}
