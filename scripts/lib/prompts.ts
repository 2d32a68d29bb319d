/**
 * Questions asked in a terminal, in French: free text on one line or on
 * several, one choice or several from a numbered list, yes or no.
 *
 * Answers are read from the lines node:readline emits rather than through
 * `question()`: answers piped in all at once (scripts, tests) are then queued
 * instead of lost between two questions. In a terminal, lines that arrive in
 * the same chunk of input were pasted together: a one-line answer takes them
 * all, joined, and says so, instead of letting them answer the next questions.
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

/** Ends an answer of several lines: a line holding only this. */
export const END_OF_TEXT = '.';

/** A line of input, with the chunk of input it came in. */
interface InputLine {
  text: string;
  chunk: number;
}

export class Prompter {
  readonly #output: NodeJS.WritableStream;
  readonly #close: () => void;
  readonly #lines: InputLine[] = [];
  #waiting: (() => void) | undefined;
  #ended = false;
  #chunk = 0;
  /** Whether lines of one chunk were pasted together (a terminal), rather than piped answers. */
  readonly #detectsPastes: boolean;

  constructor(input: NodeJS.ReadableStream & { isTTY?: boolean }, output: NodeJS.WritableStream) {
    // Before readline's own listener, so that the lines of a chunk carry its number.
    input.on('data', () => { this.#chunk += 1; });
    const readline = createInterface({ input, output });
    const wake = () => { this.#waiting?.(); this.#waiting = undefined; };
    readline.on('line', (text) => { this.#lines.push({ text, chunk: this.#chunk }); wake(); });
    readline.on('close', () => { this.#ended = true; wake(); });
    // Without a listener, Ctrl+C in a terminal only pauses the input: end the questions instead.
    readline.on('SIGINT', () => readline.close());
    this.#output = output;
    this.#close = () => readline.close();
    this.#detectsPastes = input.isTTY === true;
  }

  async #nextLine(): Promise<InputLine> {
    while (this.#lines.length === 0) {
      if (this.#ended) throw new InputEndedError();
      await new Promise<void>((resolve) => { this.#waiting = resolve; });
    }
    return this.#lines.shift()!;
  }

  say(text = ''): void {
    this.#output.write(`${text}\n`);
  }

  close(): void {
    this.#close();
  }

  /** One line; lines pasted with it are joined to it, and the contributor is told. */
  async #answer(prompt: string): Promise<string> {
    this.#output.write(prompt);
    const first = await this.#nextLine();
    const pasted = [first.text];
    while (this.#detectsPastes && this.#lines[0]?.chunk === first.chunk) pasted.push(this.#lines.shift()!.text);
    if (pasted.length > 1) {
      this.say(`Cette réponse tient sur une ligne : les ${pasted.length} lignes collées sont réunies, séparées par une espace.`);
    }
    return pasted.map((line) => line.trim()).filter(Boolean).join(' ');
  }

  /** Free text on one line, trimmed at its ends only (tabs and spaces inside are kept). */
  text(label: string, hint?: string): Promise<string> {
    return this.#answer(`${label}${hint ? ` (${hint})` : ''}, sur une ligne : `);
  }

  /** Free text on as many lines as needed, ended by a line holding only « . »; trimmed at its ends. */
  async lines(label: string, hint?: string): Promise<string> {
    this.say(`${label}${hint ? ` (${hint})` : ''} : une ou plusieurs lignes, puis une ligne avec seulement « ${END_OF_TEXT} » pour finir.`);
    const lines: string[] = [];
    for (let line = await this.#nextLine(); line.text.trim() !== END_OF_TEXT; line = await this.#nextLine()) lines.push(line.text);
    return lines.join('\n').trim();
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
