import { describe, expect, it } from 'vitest';
import {
  completeSequence,
  emptyProgress,
  isComplete,
  parseProgress,
  PROGRESS_KEY,
  progressLabel,
  progressOf,
  progressStore,
  sequenceStatusLabel,
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
