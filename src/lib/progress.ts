/**
 * The learner's progress through the path: which sequences are complete and
 * how their quiz went, the answers last chosen in each quiz, and the last
 * sequence opened (what « Reprendre » offers). It lives in this browser only
 * (localStorage): no account, nothing is sent anywhere; the learner can carry
 * it to another device as a file or a link (`encodeProgress`,
 * `mergeProgress`). The state functions are pure; the store
 * swallows every storage failure (disabled storage throws a SecurityError,
 * a full one a QuotaExceededError) so that pages keep working without it.
 * Unit-tested in tests/progress.test.ts.
 */
import { formatDate } from './format.ts';

/** Versioned: a future shape gets a new key instead of misreading this one. */
export const PROGRESS_KEY = 'alliances-en-territoires:parcours:v1';

/** Dispatched on `document` whenever a script changes the progress, so every view on the page follows. */
export const PROGRESS_CHANGE = 'parcours:progress-change';

export interface QuizResult {
  correct: number;
  total: number;
}

export interface SequenceProgress {
  /** When the sequence was completed, as an ISO date-time. */
  completedAt: string;
  /** The last quiz result, absent for a sequence without a quiz. */
  quiz?: QuizResult;
}

/** The answers last chosen in a quiz: a choice index per question, null for a question left unanswered. */
export interface QuizAnswersRecord {
  choices: (number | null)[];
  /** When they were chosen, as an ISO date-time: the newer wins when two devices' progress meet. */
  at: string;
}

/** A moment of the path: which sequence, when. */
export interface Visit {
  sequence: string;
  at: string;
}

export interface Progress {
  /** Completed sequences. */
  sequences: Record<string, SequenceProgress>;
  /** The answers chosen in each sequence's quiz, kept even before they are checked. */
  answers: Record<string, QuizAnswersRecord>;
  /** The last sequence opened. */
  lastVisited?: Visit;
}

export const emptyProgress = (): Progress => ({ sequences: {}, answers: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

const isDateTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function readAnswers(value: unknown): QuizAnswersRecord | undefined {
  if (!isRecord(value) || !isDateTime(value.at) || !Array.isArray(value.choices)) return undefined;
  if (!value.choices.every((choice) => choice === null || isCount(choice))) return undefined;
  return { choices: value.choices as (number | null)[], at: value.at };
}

function readVisit(value: unknown): Visit | undefined {
  return isRecord(value) && typeof value.sequence === 'string' && isDateTime(value.at) ? { sequence: value.sequence, at: value.at } : undefined;
}

function readSequence(value: unknown): SequenceProgress | undefined {
  if (!isRecord(value) || typeof value.completedAt !== 'string') return undefined;
  const quiz = value.quiz;
  if (isRecord(quiz) && isCount(quiz.correct) && isCount(quiz.total) && quiz.correct <= quiz.total) {
    return { completedAt: value.completedAt, quiz: { correct: quiz.correct, total: quiz.total } };
  }
  return { completedAt: value.completedAt };
}

/** Reads what was stored, keeping only well-formed entries: a damaged value never breaks a page. */
export function parseProgress(raw: string | null): Progress {
  let stored: unknown;
  try {
    stored = raw === null ? undefined : JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (!isRecord(stored) || !isRecord(stored.sequences)) return emptyProgress();
  const kept = <T>(record: unknown, read: (value: unknown) => T | undefined): Record<string, T> =>
    Object.fromEntries(Object.entries(isRecord(record) ? record : {}).flatMap(([id, value]) => {
      const item = read(value);
      return item ? [[id, item]] : [];
    }));
  const lastVisited = readVisit(stored.lastVisited);
  return { sequences: kept(stored.sequences, readSequence), answers: kept(stored.answers, readAnswers), ...(lastVisited && { lastVisited }) };
}

/** Marks a sequence complete; a new quiz result replaces the previous one. */
export function completeSequence(progress: Progress, sequenceId: string, at: Date, quiz?: QuizResult): Progress {
  const entry: SequenceProgress = quiz ? { completedAt: at.toISOString(), quiz } : { completedAt: at.toISOString() };
  return { ...progress, sequences: { ...progress.sequences, [sequenceId]: entry } };
}

/** Remembers the sequence the learner has just opened. */
export const visitSequence = (progress: Progress, sequenceId: string, at: Date): Progress => ({ ...progress, lastVisited: { sequence: sequenceId, at: at.toISOString() } });

/** Keeps the answers chosen in a quiz, so that they are there on the learner's next visit. */
export const saveAnswers = (progress: Progress, sequenceId: string, choices: (number | null)[], at: Date): Progress => ({
  ...progress,
  answers: { ...progress.answers, [sequenceId]: { choices, at: at.toISOString() } },
});

/**
 * Where « Reprendre » leads among `sequenceIds` (a module's, or the whole
 * path's, in order), or undefined when the learner has not started there or
 * has finished it: the last sequence opened if it is not done, else the first
 * one not done after it, else the first one not done at all.
 */
export function resumeTarget(progress: Progress, sequenceIds: readonly string[]): string | undefined {
  const last = progress.lastVisited?.sequence;
  const lastIndex = last === undefined ? -1 : sequenceIds.indexOf(last);
  const started = lastIndex !== -1 || sequenceIds.some((id) => isComplete(progress, id));
  if (!started) return undefined;
  const notDone = (id: string) => !isComplete(progress, id);
  return (lastIndex === -1 ? undefined : sequenceIds.slice(lastIndex).find(notDone)) ?? sequenceIds.find(notDone);
}

const later = <T extends { at: string } | { completedAt: string }>(a: T | undefined, b: T | undefined): T | undefined => {
  const time = (item: T | undefined) => (item === undefined ? -Infinity : Date.parse('at' in item ? item.at : item.completedAt));
  return time(b) > time(a) ? b : a;
};

const mergeRecords = <T extends { at: string } | { completedAt: string }>(a: Record<string, T>, b: Record<string, T>): Record<string, T> =>
  Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((id) => [id, later(a[id], b[id])!]));

/** Two devices' progress together: every completed sequence, and for each the newer result, answers and last visit. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const lastVisited = later(current.lastVisited, incoming.lastVisited);
  return {
    sequences: mergeRecords(current.sequences, incoming.sequences),
    answers: mergeRecords(current.answers, incoming.answers),
    ...(lastVisited && { lastVisited }),
  };
}

/** The progress as the text of a link's fragment: its JSON in base64url, short enough for a link sent to oneself. */
export function encodeProgress(progress: Progress): string {
  const bytes = new TextEncoder().encode(JSON.stringify(progress));
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** A progress carried from another device (a file's text), or undefined when the text is not one; damaged entries are dropped as when reading storage. */
export function importedProgress(json: string): Progress | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return isRecord(value) && isRecord(value.sequences) ? parseProgress(json) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a link's progress back, or undefined when the text is not one. */
export function decodeProgress(text: string): Progress | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return importedProgress(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
  } catch {
    return undefined;
  }
}

/** The name of the file a learner downloads to carry their progress. */
export const PROGRESS_FILE_NAME = 'progression-alliances-en-territoires.json';

/** The URL fragment that carries a progress in a link: /parcours/#progression=… */
export const PROGRESS_FRAGMENT = 'progression';

export const isComplete = (progress: Progress, sequenceId: string) => sequenceId in progress.sequences;

/** How far the learner is in a list of sequences (a module, or the whole path). */
export function progressOf(progress: Progress, sequenceIds: string[]): { completed: number; total: number } {
  return { completed: sequenceIds.filter((id) => isComplete(progress, id)).length, total: sequenceIds.length };
}

/** What a progress holds, said in a few words: « 3 séquences terminées, dernière séquence ouverte le 20 novembre 2026 ». */
export function progressContents(progress: Progress): string {
  const done = Object.keys(progress.sequences).length;
  const count = done === 0 ? 'aucune séquence terminée' : `${done} ${done > 1 ? 'séquences terminées' : 'séquence terminée'}`;
  return progress.lastVisited ? `${count}, dernière séquence ouverte le ${formatDate(new Date(progress.lastVisited.at))}` : count;
}

/** « 2 séquences terminées sur 5 » */
export function progressLabel({ completed, total }: { completed: number; total: number }): string {
  if (completed === 0) return `Aucune séquence terminée sur ${total}`;
  if (completed === total) return `Terminé : ${total === 1 ? 'la séquence' : `les ${total} séquences`}`;
  return `${completed} ${completed > 1 ? 'séquences terminées' : 'séquence terminée'} sur ${total}`;
}

/** « Terminée », « Terminée, quiz : 2 sur 3 », or undefined for a sequence not done yet. */
export function sequenceStatusLabel(sequence: SequenceProgress | undefined): string | undefined {
  if (!sequence) return undefined;
  return sequence.quiz ? `Terminée, quiz\u00a0: ${sequence.quiz.correct} sur ${sequence.quiz.total}` : 'Terminée';
}

export interface ProgressStore {
  /** False when the browser refuses storage: progress is then neither shown nor kept. */
  readonly available: boolean;
  read(): Progress;
  /** Returns false when the browser refused to keep it. */
  write(progress: Progress): boolean;
  clear(): void;
}

/**
 * A store over a Storage. `getStorage` is a function because merely reading
 * `window.localStorage` throws when the browser blocks storage.
 */
export function progressStore(getStorage: () => Storage): ProgressStore {
  const attempt = <T>(action: (storage: Storage) => T, fallback: T): T => {
    try {
      return action(getStorage());
    } catch {
      return fallback;
    }
  };
  const available = attempt((storage) => {
    storage.setItem(`${PROGRESS_KEY}:test`, '1');
    storage.removeItem(`${PROGRESS_KEY}:test`);
    return true;
  }, false);
  return {
    available,
    read: () => attempt((storage) => parseProgress(storage.getItem(PROGRESS_KEY)), emptyProgress()),
    write: (progress) => attempt((storage) => (storage.setItem(PROGRESS_KEY, JSON.stringify(progress)), true), false),
    clear: () => attempt((storage) => storage.removeItem(PROGRESS_KEY), undefined),
  };
}
