import { describe, expect, it } from 'vitest';
import { sequenceOutline, sequenceSections } from '../src/lib/sequence-outline.ts';
import type { ModuleEntry, SequenceEntry } from '../src/lib/catalog.ts';
import { formatDuration, learningPath, moduleName, pathStatus, placeOf, positionLabel, publishedSequences, sequencesOf } from '../src/lib/learning-path.ts';

// A tiny path: a published module with three sequences (filed out of order), a planned one with a draft.
const module = (id: string, order: number, status: 'published' | 'planned'): ModuleEntry => ({
  id,
  data: { title: id, order, promise: '…', durationMinutes: 90, status, objectives: ['…'] },
});
const sequence = (id: string, order: number, durationMinutes = 20) =>
  ({ id, data: { title: id, order, durationMinutes } }) as unknown as SequenceEntry;

const modules = [module('module-2', 2, 'planned'), module('module-1', 1, 'published')];
const sequences = [
  sequence('module-1/gouvernance', 3),
  sequence('module-1/roles', 1),
  sequence('module-2/brouillon', 1),
  sequence('module-1/instruments', 2),
];
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('the order of the path', () => {
  it('lists the modules by their number, whatever the order of the files', () => {
    expect(ids(learningPath(modules, sequences).map((step) => step.module))).toEqual(['module-1', 'module-2']);
  });

  it('gives each published module its sequences in order', () => {
    expect(ids(sequencesOf('module-1', sequences))).toEqual(['module-1/roles', 'module-1/instruments', 'module-1/gouvernance']);
  });

  it('keeps the drafts of a planned module out of the path', () => {
    const path = learningPath(modules, sequences);
    expect(path[1]?.sequences).toEqual([]);
    expect(ids(publishedSequences(path))).not.toContain('module-2/brouillon');
  });
});

describe('where a sequence sits in its module', () => {
  it('says « Séquence 2 sur 3 » and links both neighbours in the middle', () => {
    const place = placeOf('module-1/instruments', sequences);
    expect(positionLabel(place)).toBe('Séquence 2 sur 3');
    expect(place.previous?.id).toBe('module-1/roles');
    expect(place.next?.id).toBe('module-1/gouvernance');
  });

  it('has no previous sequence at the start and no next one at the end', () => {
    expect(placeOf('module-1/roles', sequences).previous).toBeUndefined();
    expect(placeOf('module-1/gouvernance', sequences).next).toBeUndefined();
  });

  it('lists the sequences of the same module only', () => {
    expect(ids(placeOf('module-1/roles', sequences).siblings)).toHaveLength(3);
  });

  it('fails loudly on an unknown sequence (a bug in a page, not in the content)', () => {
    expect(() => placeOf('module-1/inconnue', sequences)).toThrow('module-1/inconnue');
  });
});

describe('names', () => {
  it('names a module by its number and title', () => {
    expect(moduleName(module('module-1', 1, 'published'))).toBe('Module 1 — module-1');
  });
});

describe('durations, as a French reader says them', () => {
  it.each([
    [25, 'environ 25 min'],
    [22, 'environ 20 min'],
    [3, 'environ 5 min'],
    [60, 'environ 1 h'],
    [90, 'environ 1 h 30'],
    [100, 'environ 1 h 45'],
    [125, 'environ 2 h'],
  ])('%i minutes → « %s »', (minutes, expected) => {
    expect(formatDuration(minutes).replaceAll('\u00a0', ' ')).toBe(expected);
  });

  it('never breaks a line inside a duration', () => {
    expect(formatDuration(90)).toBe('environ 1\u00a0h\u00a030');
  });
});

describe('what the path says of itself', () => {
  it('names the written and the announced modules, in French', () => {
    expect(pathStatus(learningPath(modules, sequences))).toBe('Le module 1 est rédigé en entier. Le module 2 est annoncé\u00a0: leurs séquences viendront plus tard.');
    const four = [module('module-1', 1, 'planned'), module('module-2', 2, 'planned'), module('module-3', 3, 'published'), module('module-4', 4, 'planned')];
    expect(pathStatus(learningPath(four, []))).toBe('Le module 3 est rédigé en entier. Les modules 1, 2 et 4 sont annoncés\u00a0: leurs séquences viendront plus tard.');
  });
});

describe('the outline that opens a sequence page', () => {
  const data = { illustrations: [], stepBack: 'Un encadré.', furtherReading: [], exercise: { title: 'Agir', prompts: ['Faire'] }, quiz: [{ question: 'Q ?', choices: [] }, { question: 'R ?', choices: [] }] } as unknown as Parameters<typeof sequenceOutline>[0];

  it('lists the sections the page has, the lesson’s parts under « La leçon », and the quiz with its length', () => {
    const outline = sequenceOutline(data, [{ depth: 2, slug: 'premier-facteur', text: 'Premier facteur' }, { depth: 3, slug: 'detail', text: 'Un détail' }]);
    expect(outline.map((item) => item.id)).toEqual(['objectifs', 'lecon', 'a-retenir', 'prenons-du-recul', 'passons-a-l-action', 'testez-vous']);
    expect(outline[1]?.parts).toEqual([{ id: 'premier-facteur', title: 'Premier facteur' }]);
    expect(outline.at(-1)?.title).toBe('Testez-vous\u00a0: 2\u00a0questions');
  });

  it('leaves out the quiz of a sequence that has none', () => {
    expect(sequenceOutline({ ...data, quiz: [] }, []).map((item) => item.id)).not.toContain(sequenceSections.quiz.id);
  });
});
