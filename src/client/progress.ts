/**
 * The learner's progress in this browser, for the islands of the learning
 * path: one store, one way to record a completed sequence, a visit or the
 * answers chosen, one set of messages, and the event that tells every island
 * on the page to refresh.
 */
import { completeSequence, PROGRESS_CHANGE, progressStore, saveAnswers, visitSequence, type Progress, type QuizResult } from '../lib/progress.ts';

export const store = progressStore(() => localStorage);

export const RECORDED = 'Séquence marquée comme terminée.';
export const NOT_RECORDED = 'Votre navigateur n’a pas permis d’enregistrer votre progression.';

/** Marks a sequence done (with its quiz score), tells the page, and says whether it was kept. */
export function recordCompletion(sequenceId: string, quiz?: QuizResult): string {
  const saved = store.write(completeSequence(store.read(), sequenceId, new Date(), quiz));
  if (saved) announceProgressChange();
  return saved ? RECORDED : NOT_RECORDED;
}

export const announceProgressChange = () => document.dispatchEvent(new Event(PROGRESS_CHANGE));

/** Applies a change to the stored progress, quietly: a browser that refuses storage simply keeps nothing. */
const update = (change: (progress: Progress) => Progress) => store.available && store.write(change(store.read()));

/** Remembers the sequence the learner has just opened, for « Reprendre ». */
export const recordVisit = (sequenceId: string) => update((progress) => visitSequence(progress, sequenceId, new Date()));

/** Keeps the answers chosen in a quiz as the learner picks them. */
export const recordAnswers = (sequenceId: string, choices: (number | null)[]) => update((progress) => saveAnswers(progress, sequenceId, choices, new Date()));

/** Calls `refresh` now and whenever progress changes, here or in another tab. */
export function followProgress(refresh: () => void): void {
  refresh();
  document.addEventListener(PROGRESS_CHANGE, refresh);
  addEventListener('storage', refresh);
}
