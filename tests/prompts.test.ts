/**
 * The questions of `npm run new` in a terminal: a one-line answer keeps its
 * tabs and double spaces, lines pasted together do not spill into the next
 * questions, and an answer of several lines ends where the prompt says.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Prompter } from '../scripts/lib/prompts.ts';

/** A terminal: what is typed or pasted at once arrives as one chunk. */
function terminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk) => (shown += chunk));
  const prompter = new Prompter(input, output);
  return { prompter, type: (text: string) => input.write(text), shown: () => shown };
}

describe('npm run new in a terminal', () => {
  it('keeps tabs and double spaces inside a one-line answer, and says it takes one line', async () => {
    const { prompter, type, shown } = terminal();
    const answer = prompter.text('Titre de la source');
    type('  Ouest-France\t«  Un jardin  »  \n');
    await expect(answer).resolves.toBe('Ouest-France\t«  Un jardin  »');
    expect(shown()).toContain('Titre de la source, sur une ligne : ');
    prompter.close();
  });

  it('joins lines pasted into a one-line answer, says so, and asks the next question afresh', async () => {
    const { prompter, type, shown } = terminal();
    const title = prompter.text('Titre du cas');
    type('Une épicerie solidaire\nà Rennes\n');
    await expect(title).resolves.toBe('Une épicerie solidaire à Rennes');
    expect(shown()).toContain('les 2 lignes collées sont réunies');
    const territory = prompter.text('Nom du territoire');
    type('Rennes\n');
    await expect(territory).resolves.toBe('Rennes');
    prompter.close();
  });

  it('takes an answer of several lines up to a line « . », as the prompt says', async () => {
    const { prompter, type, shown } = terminal();
    const summary = prompter.lines('Résumé');
    type('Une épicerie solidaire.\n\nDeuxième ligne collée.\n.\n');
    await expect(summary).resolves.toBe('Une épicerie solidaire.\n\nDeuxième ligne collée.');
    expect(shown()).toContain('puis une ligne avec seulement « . » pour finir');
    const next = prompter.text('Nom du territoire');
    type('Rennes\n');
    await expect(next).resolves.toBe('Rennes');
    prompter.close();
  });

  it('reads piped answers one per line, as scripts send them', async () => {
    const input = new PassThrough();
    const prompter = new Prompter(input, new PassThrough());
    input.write('un\ndeux\n');
    await expect(prompter.text('Premier')).resolves.toBe('un');
    await expect(prompter.text('Second')).resolves.toBe('deux');
    prompter.close();
  });
});
