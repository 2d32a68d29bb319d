import { describe, expect, it } from 'vitest';
import {
  completeSequence,
  decodeProgress,
  emptyProgress,
  encodeProgress,
  progressContents,
  importedProgress,
  isComplete,
  mergeProgress,
  parseProgress,
  PROGRESS_KEY,
  progressLabel,
  progressOf,
  progressStore,
  resumeTarget,
  saveAnswers,
  sequenceStatusLabel,
  visitSequence,
} from '../src/lib/progress.ts';

const at = new Date('2026-11-20T10:00:00Z');

/** An in-memory Storage, like the browser's localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

describe('completing sequences', () => {
  it('keeps the quiz result with the completed sequence', () => {
    const progress = completeSequence(emptyProgress(), 'module-3/roles', at, { correct: 2, total: 3 });
    expect(isComplete(progress, 'module-3/roles')).toBe(true);
    expect(progress.sequences['module-3/roles']).toEqual({ completedAt: '2026-11-20T10:00:00.000Z', quiz: { correct: 2, total: 3 } });
  });

  it('replaces an earlier quiz result with the new one, without touching the other sequences', () => {
    let progress = completeSequence(emptyProgress(), 'module-3/roles', at, { correct: 1, total: 3 });
    progress = completeSequence(progress, 'module-3/instruments', at);
    progress = completeSequence(progress, 'module-3/roles', at, { correct: 3, total: 3 });
    expect(progress.sequences['module-3/roles']?.quiz).toEqual({ correct: 3, total: 3 });
    expect(isComplete(progress, 'module-3/instruments')).toBe(true);
  });

  it('counts what is done in a module', () => {
    const progress = completeSequence(emptyProgress(), 'module-3/roles', at);
    expect(progressOf(progress, ['module-3/roles', 'module-3/instruments', 'module-3/gouvernance'])).toEqual({ completed: 1, total: 3 });
  });
});

describe('what the learner reads', () => {
  it.each([
    [0, 5, 'Aucune séquence terminée sur 5'],
    [1, 5, '1 séquence terminée sur 5'],
    [2, 5, '2 séquences terminées sur 5'],
    [5, 5, 'Terminé : les 5 séquences'],
  ])('%i of %i → « %s »', (completed, total, label) => {
    expect(progressLabel({ completed, total })).toBe(label);
  });

  it('describes a sequence with its quiz score, and says nothing of one not done', () => {
    expect(sequenceStatusLabel({ completedAt: at.toISOString(), quiz: { correct: 2, total: 3 } })).toBe('Terminée, quiz\u00a0: 2 sur 3');
    expect(sequenceStatusLabel({ completedAt: at.toISOString() })).toBe('Terminée');
    expect(sequenceStatusLabel(undefined)).toBeUndefined();
  });
});

describe('reading what was stored', () => {
  it('reads back what it wrote', () => {
    const progress = completeSequence(emptyProgress(), 'module-3/roles', at, { correct: 2, total: 3 });
    expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
  });

  it.each([null, '', 'pas du JSON', '[]', '{"sequences": 3}', 'null'])('starts afresh from %j', (raw) => {
    expect(parseProgress(raw)).toEqual(emptyProgress());
  });

  it('drops damaged entries and keeps the sound ones', () => {
    const raw = JSON.stringify({
      sequences: {
        'module-3/roles': { completedAt: '2026-11-20T10:00:00.000Z', quiz: { correct: 2, total: 3 } },
        'module-3/instruments': { done: true },
        'module-3/gouvernance': { completedAt: '2026-11-20T10:00:00.000Z', quiz: { correct: 5, total: 3 } },
      },
    });
    expect(parseProgress(raw).sequences).toEqual({
      'module-3/roles': { completedAt: '2026-11-20T10:00:00.000Z', quiz: { correct: 2, total: 3 } },
      'module-3/gouvernance': { completedAt: '2026-11-20T10:00:00.000Z' },
    });
  });
});

describe('the browser store', () => {
  it('keeps the progress in the browser’s storage, and forgets it on reset', () => {
    const storage = memoryStorage();
    const store = progressStore(() => storage);
    expect(store.available).toBe(true);
    expect(store.write(completeSequence(store.read(), 'module-3/roles', at))).toBe(true);
    expect(storage.getItem(PROGRESS_KEY)).toContain('module-3/roles');
    store.clear();
    expect(store.read()).toEqual(emptyProgress());
    expect(storage.length).toBe(0);
  });

  it('works, empty, when the browser blocks storage (reading localStorage throws a SecurityError)', () => {
    const store = progressStore(() => { throw securityError(); });
    expect(store.available).toBe(false);
    expect(store.read()).toEqual(emptyProgress());
    expect(store.write(completeSequence(emptyProgress(), 'module-3/roles', at))).toBe(false);
    expect(() => store.clear()).not.toThrow();
  });

  it('says so when the storage is full', () => {
    const storage = memoryStorage();
    const store = progressStore(() => storage);
    storage.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    expect(store.write(emptyProgress())).toBe(false);
  });
});

describe('resuming the path', () => {
  const module3 = ['module-3/roles', 'module-3/instruments', 'module-3/gouvernance'];
  const later = new Date('2026-11-21T09:00:00Z');

  it('offers nothing to resume before the learner has started there', () => {
    expect(resumeTarget(emptyProgress(), module3)).toBeUndefined();
    expect(resumeTarget(visitSequence(emptyProgress(), 'module-1/territoire', at), module3)).toBeUndefined();
  });

  it('brings the learner back to the sequence last opened, even unfinished', () => {
    expect(resumeTarget(visitSequence(emptyProgress(), 'module-3/instruments', at), module3)).toBe('module-3/instruments');
  });

  it('moves on to the next sequence not done once the last one opened is done', () => {
    let progress = visitSequence(emptyProgress(), 'module-3/roles', at);
    progress = completeSequence(progress, 'module-3/roles', at);
    expect(resumeTarget(progress, module3)).toBe('module-3/instruments');
    progress = completeSequence(completeSequence(progress, 'module-3/instruments', at), 'module-3/gouvernance', at);
    expect(resumeTarget(progress, module3)).toBeUndefined();
  });

  it('finds, in a module the learner left for another, the first sequence not done', () => {
    const progress = visitSequence(completeSequence(emptyProgress(), 'module-3/roles', at), 'module-4/mesurer', later);
    expect(resumeTarget(progress, module3)).toBe('module-3/instruments');
  });

  it('keeps the answers chosen in a quiz, and reads them back', () => {
    const progress = saveAnswers(emptyProgress(), 'module-3/roles', [2, null, 0], at);
    expect(parseProgress(JSON.stringify(progress)).answers['module-3/roles']).toEqual({ choices: [2, null, 0], at: at.toISOString() });
    const damaged = JSON.stringify({ sequences: {}, answers: { a: { choices: ['deux'], at: at.toISOString() }, b: { choices: [1] } }, lastVisited: { sequence: 3 } });
    expect(parseProgress(damaged)).toEqual(emptyProgress());
  });
});

describe('carrying the progress to another device', () => {
  const later = new Date('2026-11-22T18:30:00Z');
  const phone = visitSequence(saveAnswers(completeSequence(emptyProgress(), 'module-3/roles', at, { correct: 2, total: 3 }), 'module-3/roles', [0, 1, 2], at), 'module-3/gouvernance', later);

  it('travels in a link and comes back unchanged', () => {
    const text = encodeProgress(phone);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeProgress(text)).toEqual(phone);
  });

  it.each(['', 'pas-un-lien', encodeProgress(emptyProgress()).slice(0, 5), btoa('[1,2]')])('refuses %j, which carries no progress', (text) => {
    expect(decodeProgress(text)).toBeUndefined();
  });

  it('reads a downloaded file back, and refuses any other JSON', () => {
    expect(importedProgress(JSON.stringify(phone, null, 2))).toEqual(phone);
    expect(importedProgress('{"autre": true}')).toBeUndefined();
    expect(importedProgress('pas du JSON')).toBeUndefined();
  });

  it('says what a link brings before it is added', () => {
    expect(progressContents(phone)).toBe('1 séquence terminée, dernière séquence ouverte le 22 novembre 2026');
    expect(progressContents(emptyProgress())).toBe('aucune séquence terminée');
  });

  it('joins two devices: every completed sequence, and the newer of each result, answers and last visit', () => {
    const office = visitSequence(completeSequence(saveAnswers(emptyProgress(), 'module-3/roles', [1, 1, 1], later), 'module-3/instruments', later), 'module-3/instruments', at);
    const joined = mergeProgress(office, phone);
    expect(Object.keys(joined.sequences).sort()).toEqual(['module-3/instruments', 'module-3/roles']);
    expect(joined.sequences['module-3/roles']?.quiz).toEqual({ correct: 2, total: 3 });
    expect(joined.answers['module-3/roles']?.choices).toEqual([1, 1, 1]);
    expect(joined.lastVisited).toEqual({ sequence: 'module-3/gouvernance', at: later.toISOString() });
    expect(mergeProgress(emptyProgress(), emptyProgress())).toEqual(emptyProgress());
  });
});
