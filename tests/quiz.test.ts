import { describe, expect, it } from 'vitest';
import { answerLines, restoredAnswersMessage, scoreMessage, scoreQuiz, unansweredMessage, unansweredQuestions, verdictLabels } from '../src/lib/quiz.ts';

const question = (...correct: boolean[]) => ({ choices: correct.map((value) => ({ correct: value })) });
// Three questions: the right answer is the 2nd, the 1st, and either the 1st or the 3rd.
const quiz = [question(false, true, false), question(true, false), question(true, false, true)];

describe('scoring a quiz', () => {
  it('counts the questions answered right', () => {
    const score = scoreQuiz(quiz, [1, 1, 2]);
    expect(score).toMatchObject({ correct: 2, total: 3 });
    expect(score.questions.map((result) => result.correct)).toEqual([true, false, true]);
  });

  it('marks every choice: the one chosen, right or wrong, and the right one the learner missed', () => {
    expect(scoreQuiz(quiz, [0, 0, 0]).questions[0]?.verdicts).toEqual(['chosen-incorrect', 'missed-correct', 'not-chosen']);
    expect(scoreQuiz(quiz, [0, 0, 0]).questions[2]?.verdicts).toEqual(['chosen-correct', 'not-chosen', 'missed-correct']);
  });

  it('accepts any of several right answers', () => {
    expect(scoreQuiz(quiz, [1, 0, 0]).correct).toBe(3);
    expect(scoreQuiz(quiz, [1, 0, 2]).correct).toBe(3);
  });

  it('says which questions still have no answer', () => {
    expect(unansweredQuestions(quiz, [1, undefined, undefined])).toEqual([1, 2]);
    expect(unansweredQuestions(quiz, [1, 0, 2])).toEqual([]);
  });
});

describe('what the learner reads', () => {
  it('gives the score first, in French', () => {
    expect(scoreMessage({ correct: 3, total: 3 })).toMatch(/^3 bonnes réponses sur 3 : bravo/);
    expect(scoreMessage({ correct: 1, total: 3 })).toMatch(/^1 bonne réponse sur 3\. Lisez les explications/);
    expect(scoreMessage({ correct: 0, total: 2 })).toMatch(/^Aucune bonne réponse sur 2\./);
  });

  it('names the unanswered questions by their number', () => {
    expect(unansweredMessage([1])).toMatch(/^La question 2 est sans réponse/);
    expect(unansweredMessage([0, 2])).toMatch(/^Les questions 1 et 3 sont sans réponse/);
    expect(unansweredMessage([0, 1, 3])).toMatch(/^Les questions 1, 2 et 4 sont sans réponse/);
  });

  it('labels a chosen choice and the missed right answer, and leaves the other wrong choices alone', () => {
    expect(verdictLabels['chosen-correct']).toBe('Bonne réponse');
    expect(verdictLabels['chosen-incorrect']).toBe('Pas tout à fait');
    expect(verdictLabels['missed-correct']).toBe('La bonne réponse');
    expect(verdictLabels['not-chosen']).toBe('');
  });
});

describe('answers kept from an earlier visit', () => {
  it('are introduced with the day they were given', () => {
    expect(restoredAnswersMessage(new Date('2026-11-20T10:00:00Z'))).toBe('Vos réponses du 20 novembre 2026 sont reprises ci-dessous\u00a0; changez-les si vous voulez, puis vérifiez.');
  });
});

describe('the answers printed on the module sheet', () => {
  const questions = [
    { question: 'Quel instrument vient d’abord ?', choices: [{ text: 'L’évaluation', correct: false }, { text: 'Le dialogue', correct: true }] },
    { question: 'Combien de formes de confiance ?', choices: [{ text: 'Trois', correct: true }, { text: 'Deux', correct: false }] },
    { question: 'Une question passée ?', choices: [{ text: 'Oui', correct: true }, { text: 'Non', correct: false }] },
  ];

  it('say for each question whether it was right, what was chosen and, when it was not, the right answer', () => {
    expect(answerLines(questions, [0, 0, null])).toEqual([
      { question: 'Quel instrument vient d’abord ?', verdict: 'Pas tout à fait', detail: 'vous aviez choisi «\u00a0L’évaluation\u00a0»\u00a0; la bonne réponse\u00a0: «\u00a0Le dialogue\u00a0»' },
      { question: 'Combien de formes de confiance ?', verdict: 'Bonne réponse', detail: '«\u00a0Trois\u00a0»' },
      { question: 'Une question passée ?', verdict: 'Sans réponse', detail: 'la bonne réponse\u00a0: «\u00a0Oui\u00a0»' },
    ]);
  });

  it('treat answers kept for fewer questions than the quiz now has as unanswered', () => {
    expect(answerLines(questions, [1]).map((line) => line.verdict)).toEqual(['Bonne réponse', 'Sans réponse', 'Sans réponse']);
  });
});
