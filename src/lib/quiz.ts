/**
 * Self-check quizzes: scoring and the French feedback the learner reads.
 * Pure and free of the DOM, so the quiz island stays small and this logic is
 * unit-tested (tests/quiz.test.ts). A question may have more than one right
 * answer; the learner picks one choice per question.
 */
import { formatDate, quoted } from './format.ts';

export interface QuizQuestion {
  choices: { correct: boolean }[];
}

/** The index of the chosen choice for each question, or undefined when it has no answer yet. */
export type QuizAnswers = (number | undefined)[];

export type ChoiceVerdict = 'chosen-correct' | 'chosen-incorrect' | 'missed-correct' | 'not-chosen';

export interface QuestionResult {
  correct: boolean;
  /** One verdict per choice, in the order of the choices. */
  verdicts: ChoiceVerdict[];
}

export interface QuizScore {
  correct: number;
  total: number;
  questions: QuestionResult[];
}

/** Indexes (from 0) of the questions still without an answer. */
export const unansweredQuestions = (questions: QuizQuestion[], answers: QuizAnswers): number[] =>
  questions.flatMap((_, index) => (answers[index] === undefined ? [index] : []));

export function scoreQuiz(questions: QuizQuestion[], answers: QuizAnswers): QuizScore {
  const results = questions.map((question, index): QuestionResult => {
    const chosen = answers[index];
    const verdicts = question.choices.map((choice, choiceIndex): ChoiceVerdict => {
      if (choiceIndex === chosen) return choice.correct ? 'chosen-correct' : 'chosen-incorrect';
      return choice.correct ? 'missed-correct' : 'not-chosen';
    });
    return { correct: verdicts.includes('chosen-correct'), verdicts };
  });
  return { correct: results.filter((result) => result.correct).length, total: questions.length, questions: results };
}

/** What the learner reads next to a choice once the quiz is checked; empty for a wrong choice left aside. */
export const verdictLabels: Record<ChoiceVerdict, string> = {
  'chosen-correct': 'Bonne réponse',
  'chosen-incorrect': 'Pas tout à fait',
  'missed-correct': 'La bonne réponse',
  'not-chosen': '',
};

/** Said above a quiz whose answers come back from an earlier visit. */
export const restoredAnswersMessage = (at: Date) =>
  `Vos réponses du ${formatDate(at)} sont reprises ci-dessous\u00a0; changez-les si vous voulez, puis vérifiez.`;

const goodAnswers = (count: number) => (count > 1 ? `${count} bonnes réponses` : `${count} bonne réponse`);

/** The announced result: the score first, then what to do with it. */
export function scoreMessage(score: Pick<QuizScore, 'correct' | 'total'>): string {
  const { correct, total } = score;
  if (correct === total) return `${goodAnswers(correct)} sur ${total} : bravo ! Les explications restent affichées sous chaque question.`;
  const tally = correct === 0 ? `Aucune bonne réponse sur ${total}.` : `${goodAnswers(correct)} sur ${total}.`;
  return `${tally} Lisez les explications affichées sous chaque question, puis réessayez si vous le souhaitez.`;
}

/** « La question 2 est sans réponse. », « Les questions 1 et 3 sont sans réponse. » */
export function unansweredMessage(indexes: number[]): string {
  const numbers = indexes.map((index) => String(index + 1));
  if (numbers.length === 1) return `La question ${numbers[0]} est sans réponse : choisissez une réponse avant de vérifier.`;
  const list = `${numbers.slice(0, -1).join(', ')} et ${numbers.at(-1)}`;
  return `Les questions ${list} sont sans réponse : choisissez une réponse à chacune avant de vérifier.`;
}

/** A quiz question as the printable sheet recalls it. */
export interface QuizQuestionText {
  question: string;
  choices: { text: string; correct: boolean }[];
}

export interface AnswerLine {
  question: string;
  verdict: 'Bonne réponse' | 'Pas tout à fait' | 'Sans réponse';
  /** What was chosen, and the right answer when the choice was not. */
  detail: string;
}

/** The learner's answers, question by question, as the printable sheet prints them. */
export function answerLines(questions: readonly QuizQuestionText[], choices: readonly (number | null)[]): AnswerLine[] {
  return questions.map((item, index) => {
    const chosen = choices[index];
    const right = item.choices.filter((choice) => choice.correct).map((choice) => quoted(choice.text)).join(' ou ');
    const picked = chosen === null || chosen === undefined ? undefined : item.choices[chosen];
    if (!picked) return { question: item.question, verdict: 'Sans réponse', detail: `la bonne réponse\u00a0: ${right}` };
    if (picked.correct) return { question: item.question, verdict: 'Bonne réponse', detail: quoted(picked.text) };
    return { question: item.question, verdict: 'Pas tout à fait', detail: `vous aviez choisi ${quoted(picked.text)}\u00a0; la bonne réponse\u00a0: ${right}` };
  });
}
