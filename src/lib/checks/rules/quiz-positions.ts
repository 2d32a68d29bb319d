/**
 * Rule: a quiz tests understanding, not a habit. When most correct answers of
 * a module sit at the same place, a learner scores by picking it blindly: no
 * position may hold more than half the correct answers of a module.
 */
import { problemAtField, type ContentEntry } from '../engine/content-entries.ts';
import type { Finding } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';

/** Below this many questions, a module's quiz is too short for a share to mean anything. */
const MIN_QUESTIONS = 4;

interface Answer {
  entry: ContentEntry;
  question: number;
  position: number;
}

export const quizPositions = defineRule({
  id: 'quiz/answer-positions',
  scope: 'tree',
  summary: 'Dans un module, les bonnes réponses des quiz changent de place : aucune position (1re, 2e…) n’en regroupe plus de la moitié.',
  check: (_tree, { entries }) => {
    const answers = entries.filter((entry) => entry.collection === 'sequences').flatMap(correctPositions);
    const byModule = Map.groupBy(answers, (answer) => answer.entry.id?.split('/')[0]);
    return [...byModule.values()].flatMap((moduleAnswers): Finding[] => {
      if (moduleAnswers.length < MIN_QUESTIONS) return [];
      const byPosition = Map.groupBy(moduleAnswers, (answer) => answer.position);
      const [position, same] = [...byPosition].sort((a, b) => b[1].length - a[1].length)[0]!;
      if (same.length * 2 <= moduleAnswers.length) return [];
      const first = same[0]!;
      return [problemAtField(first.entry, ['quiz', first.question, 'choices'], `${same.length} des ${moduleAnswers.length} bonnes réponses du module sont en position ${position + 1} : variez leur place (pas plus de la moitié à la même position)`)];
    });
  },
});

function correctPositions(entry: ContentEntry): Answer[] {
  const quiz = (entry.data?.value as { quiz?: unknown } | undefined)?.quiz;
  if (!Array.isArray(quiz)) return [];
  return quiz.flatMap((question: { choices?: { correct?: unknown }[] }, index) => {
    const position = Array.isArray(question?.choices) ? question.choices.findIndex((choice) => choice?.correct === true) : -1;
    return position === -1 ? [] : [{ entry, question: index, position }];
  });
}
