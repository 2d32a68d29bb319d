/**
 * The learner's progress through the path: which sequences are complete and
 * how their quiz went. It lives in this browser only (localStorage): no
 * account, nothing is sent anywhere. The state functions are pure; the store
 * swallows every storage failure (disabled storage throws a SecurityError,
 * a full one a QuotaExceededError) so that pages keep working without it.
 * Unit-tested in tests/progress.test.ts.
 */

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

export interface Progress {
  sequences: Record<string, SequenceProgress>;
}

export const emptyProgress = (): Progress => ({ sequences: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

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
  const sequences: Progress['sequences'] = {};
  for (const [id, value] of Object.entries(stored.sequences)) {
    const sequence = readSequence(value);
    if (sequence) sequences[id] = sequence;
  }
  return { sequences };
}

/** Marks a sequence complete; a new quiz result replaces the previous one. */
export function completeSequence(progress: Progress, sequenceId: string, at: Date, quiz?: QuizResult): Progress {
  const entry: SequenceProgress = quiz ? { completedAt: at.toISOString(), quiz } : { completedAt: at.toISOString() };
  return { sequences: { ...progress.sequences, [sequenceId]: entry } };
}

export const isComplete = (progress: Progress, sequenceId: string) => sequenceId in progress.sequences;

/** How far the learner is in a list of sequences (a module, or the whole path). */
export function progressOf(progress: Progress, sequenceIds: string[]): { completed: number; total: number } {
  return { completed: sequenceIds.filter((id) => isComplete(progress, id)).length, total: sequenceIds.length };
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
