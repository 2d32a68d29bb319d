/**
 * The sections of a sequence page, in the order it shows them: their anchors
 * and titles, shared by the components that render them and by the outline
 * that opens the page, so that no link of the outline misses its section.
 * Pure, unit-tested in tests/learning-path.test.ts.
 */
import type { SequenceData } from './catalog.ts';
import { countOf } from './format.ts';

export const sequenceSections = {
  objectives: { id: 'objectifs', title: 'Objectifs' },
  lesson: { id: 'lecon', title: 'La leçon' },
  keyPoints: { id: 'a-retenir', title: 'À retenir' },
  fieldExamples: { id: 'sur-le-terrain', title: 'Voir sur le terrain' },
  stepBack: { id: 'prenons-du-recul', title: 'Prenons du recul' },
  furtherReading: { id: 'allons-plus-loin', title: 'Allons plus loin' },
  exercise: { id: 'passons-a-l-action', title: 'Passons à l’action' },
  quiz: { id: 'testez-vous', title: 'Testez-vous' },
} as const;

export interface OutlineItem {
  id: string;
  title: string;
  /** The lesson's own parts, under « La leçon ». */
  parts?: OutlineItem[];
}

/** A heading of the lesson, as Astro's render() lists them. */
export interface LessonHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The outline of a sequence: the sections it has, the lesson's parts under « La leçon », the quiz with its length. */
export function sequenceOutline(data: Pick<SequenceData, 'illustrations' | 'stepBack' | 'furtherReading' | 'exercise' | 'quiz'>, lessonHeadings: readonly LessonHeading[]): OutlineItem[] {
  const { objectives, lesson, keyPoints, fieldExamples, stepBack, furtherReading, exercise, quiz } = sequenceSections;
  const parts = lessonHeadings.filter((heading) => heading.depth === 2).map((heading) => ({ id: heading.slug, title: heading.text }));
  const items: (OutlineItem | false)[] = [
    objectives,
    parts.length > 0 ? { ...lesson, parts } : lesson,
    keyPoints,
    data.illustrations.length > 0 && fieldExamples,
    data.stepBack !== undefined && stepBack,
    data.furtherReading.length > 0 && furtherReading,
    data.exercise !== undefined && exercise,
    data.quiz.length > 0 && { ...quiz, title: `${quiz.title}\u00a0: ${countOf(data.quiz.length, 'question', 'questions')}` },
  ];
  return items.filter((item): item is OutlineItem => item !== false);
}
