/**
 * Queries over the learning path (the MOOC's modules and their sequences):
 * the order of the path, where a sequence sits in its module, its previous
 * and next sequences, and durations written the way a French reader says them.
 * Pure functions over plain entries, unit-tested in tests/learning-path.test.ts.
 */
import type { ModuleEntry, SequenceEntry } from './catalog.ts';
import { moduleOfSequence } from './routes.ts';
import { formatList } from './format.ts';

/** A module is published when it is written; a planned one is only announced. */
export const isPublished = (module: ModuleEntry) => module.data.status === 'published';

/** « Module 3 — Le comment : construire une alliance territoriale » */
export const moduleName = (module: ModuleEntry) => `Module ${module.data.order} — ${module.data.title}`;

/** The sequences of one module, in their order. */
export function sequencesOf<S extends SequenceEntry>(moduleId: string, sequences: S[]): S[] {
  return sequences
    .filter((sequence) => moduleOfSequence(sequence.id) === moduleId)
    .sort((a, b) => a.data.order - b.data.order);
}

export interface PathStep<M extends ModuleEntry = ModuleEntry, S extends SequenceEntry = SequenceEntry> {
  module: M;
  /** Its sequences in order; empty for a module that is only announced. */
  sequences: S[];
}

/**
 * The whole path: every module in order, each with the sequences a learner can
 * open. Drafts filed under a planned module stay out until it is published.
 */
export function learningPath<M extends ModuleEntry, S extends SequenceEntry>(modules: M[], sequences: S[]): PathStep<M, S>[] {
  return [...modules]
    .sort((a, b) => a.data.order - b.data.order)
    .map((module) => ({ module, sequences: isPublished(module) ? sequencesOf(module.id, sequences) : [] }));
}

/** Every sequence a learner can open, across the path, in order. */
export const publishedSequences = (path: PathStep[]) => path.flatMap((step) => step.sequences);

export interface SequencePlace<S extends SequenceEntry = SequenceEntry> {
  /** The module's sequences in order, for the « in this module » navigation. */
  siblings: S[];
  /** Position in the module, from 1. */
  position: number;
  total: number;
  previous?: S;
  next?: S;
}

/** Where a sequence sits in its module: « Séquence 2 sur 5 », and its neighbours. */
export function placeOf<S extends SequenceEntry>(sequenceId: string, sequences: S[]): SequencePlace<S> {
  const siblings = sequencesOf(moduleOfSequence(sequenceId), sequences);
  const index = siblings.findIndex((sequence) => sequence.id === sequenceId);
  if (index === -1) throw new Error(`learning path: no sequence ${sequenceId}`);
  return {
    siblings,
    position: index + 1,
    total: siblings.length,
    previous: siblings[index - 1],
    next: siblings[index + 1],
  };
}

/** « Séquence 2 sur 5 » */
export const positionLabel = (place: Pick<SequencePlace, 'position' | 'total'>) =>
  `Séquence ${place.position} sur ${place.total}`;

/**
 * « environ 25 min », « environ 1 h 30 », « environ 2 h ». Estimates are
 * rounded (to 5 minutes under an hour, to the quarter hour above) so that they
 * do not promise a precision nobody has.
 */
export function formatDuration(minutes: number): string {
  const step = minutes < 60 ? 5 : 15;
  const rounded = Math.max(step, Math.round(minutes / step) * step);
  if (rounded < 60) return `environ ${rounded}\u00a0min`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `environ ${hours}\u00a0h` : `environ ${hours}\u00a0h\u00a0${String(rest).padStart(2, '0')}`;
}

/** « Le module 3 est rédigé en entier. Les modules 1, 2 et 4 sont annoncés : … », computed so it never goes stale. */
export function pathStatus(path: PathStep[]): string {
  const modulesAre = (steps: PathStep[], state: string) => {
    const numbers = steps.map((step) => String(step.module.data.order));
    return numbers.length === 1 ? `Le module ${numbers[0]} est ${state}` : `Les modules ${formatList(numbers)} sont ${state}s`;
  };
  const written = path.filter((step) => isPublished(step.module));
  const announced = path.filter((step) => !isPublished(step.module));
  return [
    written.length > 0 && `${modulesAre(written, 'rédigé')} en entier.`,
    announced.length > 0 && `${modulesAre(announced, 'annoncé')}\u00a0: leurs séquences viendront plus tard.`,
  ]
    .filter(Boolean)
    .join(' ');
}
