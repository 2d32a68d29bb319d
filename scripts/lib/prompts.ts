/**
 * Questions asked in a terminal, in French: free text, one choice or several
 * from a numbered list, yes or no.
 *
 * Answers are read through the line iterator of node:readline rather than
 * `question()`: answers piped in all at once (scripts, tests) are then queued
 * instead of lost between two questions.
 */
import { createInterface } from 'node:readline/promises';
import type { Choice } from '../../src/lib/case-draft/choices.ts';
import { slugify } from '../../src/lib/slug.ts';

/** Definitions can be long: a list stays readable with the first words only. */
const HINT_MAX_LENGTH = 70;

const shortHint = (hint: string | undefined) =>
  hint === undefined ? '' : ` — ${hint.length > HINT_MAX_LENGTH ? `${hint.slice(0, HINT_MAX_LENGTH - 1).trimEnd()}…` : hint}`;

class InputEndedError extends Error {
  constructor() {
    super('la saisie s’est arrêtée avant la fin des questions ; rien n’a été écrit');
  }
}

export class Prompter {
  readonly #output: NodeJS.WritableStream;
  readonly #close: () => void;
  readonly #lines: AsyncIterator<string>;

  constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
    const readline = createInterface({ input, output });
    // Without a listener, Ctrl+C in a terminal only pauses the input: end the questions instead.
    readline.on('SIGINT', () => readline.close());
    this.#output = output;
    this.#close = () => readline.close();
    this.#lines = readline[Symbol.asyncIterator]();
  }

  say(text = ''): void {
    this.#output.write(`${text}\n`);
  }

  close(): void {
    this.#close();
  }

  async #answer(prompt: string): Promise<string> {
    this.#output.write(prompt);
    const next = await this.#lines.next();
    if (next.done) throw new InputEndedError();
    return next.value.trim();
  }

  /** Free text, trimmed. */
  text(label: string, hint?: string): Promise<string> {
    return this.#answer(`${label}${hint ? ` (${hint})` : ''} : `);
  }

  async confirm(label: string): Promise<boolean> {
    for (;;) {
      const answer = (await this.#answer(`${label} (o/n) : `)).toLowerCase();
      if (['o', 'oui', 'y', 'yes'].includes(answer)) return true;
      if (['n', 'non', 'no', ''].includes(answer)) return false;
      this.say('Répondez o (oui) ou n (non).');
    }
  }

  #list(choices: Choice[], numbers = choices.map((_, index) => index + 1)): void {
    for (const number of numbers) {
      const choice = choices[number - 1]!;
      this.say(`  ${String(number).padStart(2)}. ${choice.label}${shortHint(choice.hint)}`);
    }
  }

  /** Numbers typed as « 1 4 7 » or « 1, 4, 7 »; words instead filter the list. */
  async #numbers(prompt: string, choices: Choice[], lowest = 1): Promise<number[]> {
    for (;;) {
      const answer = await this.#answer(prompt);
      if (answer === '') return [];
      const tokens = answer.split(/[\s,;]+/);
      if (tokens.every((token) => /^\d+$/.test(token))) {
        const numbers = tokens.map(Number);
        const wrong = numbers.find((number) => number < lowest || number > choices.length);
        if (wrong === undefined) return numbers;
        this.say(`${wrong} n’est pas dans la liste : tapez un numéro entre ${lowest} et ${choices.length}.`);
        continue;
      }
      const words = slugify(answer);
      const matches = choices.flatMap((choice, index) => (slugify(`${choice.label} ${choice.id}`).includes(words) ? [index + 1] : []));
      if (matches.length === 0) this.say(`Aucun choix ne contient « ${answer} » : tapez un numéro, ou d’autres mots.`);
      else this.#list(choices, matches);
    }
  }

  /**
   * One choice from a numbered list: its id, '' when skipped (optional), or
   * `extra` when the contributor picks the extra entry numbered 0.
   */
  async pick<Extra extends string>(
    label: string,
    choices: Choice[],
    options: { optional?: boolean; extra?: { label: string; value: Extra } } = {},
  ): Promise<string | Extra> {
    this.say(`${label} :`);
    if (options.extra) this.say(`   0. ${options.extra.label}`);
    this.#list(choices);
    const skip = options.optional ? ' ; Entrée pour passer' : '';
    for (;;) {
      const numbers = await this.#numbers(`Numéro (ou quelques lettres pour chercher${skip}) : `, choices, options.extra ? 0 : 1);
      if (numbers.length === 0 && options.optional) return '';
      if (numbers.length === 1 && numbers[0] === 0 && options.extra) return options.extra.value;
      if (numbers.length === 1) return choices[numbers[0]! - 1]!.id;
      this.say(numbers.length === 0 ? 'Cette question demande une réponse.' : 'Tapez un seul numéro.');
    }
  }

  /** Several choices from a numbered list (possibly none: the schema says whether that is allowed). */
  async pickMany(label: string, choices: Choice[]): Promise<string[]> {
    this.say(`${label} :`);
    this.#list(choices);
    const numbers = await this.#numbers('Numéros séparés par des espaces (ou quelques lettres pour chercher) : ', choices);
    return [...new Set(numbers)].map((number) => choices[number - 1]!.id);
  }
}
