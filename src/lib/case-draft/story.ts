/**
 * « Le récit », checked in the form of /contribuer/ (and for `npm run new
 * --from`) before a file is offered. The text is Markdown; the checker reads
 * it with Sätteri, which cannot run in the page (its browser build is a WASI
 * WebAssembly module with threads: shared memory, which only a cross-origin-
 * isolated page gets, and a static host cannot send those headers), so this
 * module checks a plain subset line by line: paragraphs, lists, emphasis,
 * tables, ### subheadings and links to web pages or e-mail addresses. What it
 * accepts, the checker accepts (tests/case-draft-story.test.ts generates
 * texts to prove it); what it refuses gets a message with the fix. Link
 * addresses and invisible characters go through the checker's own functions.
 */
import { invisibleCharacterMessage, invisibleCharacters } from '../invisible-characters.ts';
import { linkProblem } from '../checks/rules/body-urls.ts';
import { answerText } from './files.ts';

/** Markers of block quotes and list items that may open a line before a heading or an underline. */
const CONTAINERS = String.raw`(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*`;
const HEADING = new RegExp(`^${CONTAINERS}(#{1,6})(?:[ \\t]|$)`);
const UNDERLINE = new RegExp(`^${CONTAINERS}(?:=+|-+)[ \\t]*$`);
const FENCE = new RegExp(`^${CONTAINERS}(?:\`{3,}|~{3,})`);
/** `<` opening a tag, a comment or an autolink, unless a backslash escapes it. */
const TAG = /(?<!(?:^|[^\\])(?:\\\\)*\\)<[A-Za-z!?/]/g;
/** `[texte](adresse` and `[nom]: adresse`: where a link's address starts. */
const DESTINATION = /\]\(\s*<?([^\s)>]*)|\]:\s*<?([^\s>]*)/g;

const HELP_LINK = 'un lien s’écrit [texte du lien](https://adresse-de-la-page)';

/** A problem with the récit, at a line of the text typed (1-based). */
export interface StoryProblem {
  line: number;
  message: string;
}

/** Backslash escapes and numeric character references undone, as the renderer reads an address. */
const asRendered = (address: string) =>
  address
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(?:x([0-9a-f]+)|(\d+));?/gi, (_, hex: string | undefined, decimal: string | undefined) => String.fromCodePoint(Number.parseInt(hex ?? decimal!, hex ? 16 : 10) % 0x110000 || 0xfffd));

function addressProblem(address: string): string | undefined {
  const url = asRendered(address);
  if (/&[a-z][a-z0-9]*;/i.test(url)) return `adresse « ${address} » : écrivez-la sans entité HTML (&…;) ; ${HELP_LINK}`;
  if (!/^\s*(?:https?|mailto):/i.test(url)) return linkProblem(url) ?? `adresse « ${address} » : écrivez l’adresse complète d’une page web, commençant par https:// ; ${HELP_LINK}`;
  return linkProblem(url);
}

function lineProblem(line: string): string | undefined {
  const heading = HEADING.exec(line);
  if (heading && heading[1]!.length !== 3) {
    return 'les parties de la fiche ont déjà leur titre : pour un intertitre, commencez la ligne par ### et une espace ; pour écrire un dièse en début de ligne, écrivez \\#';
  }
  if (UNDERLINE.test(line)) {
    return 'une ligne faite seulement de = ou de - ferait de la ligne du dessus un titre, ou tracerait un trait : pour séparer deux paragraphes, laissez une ligne vide';
  }
  if (FENCE.test(line)) return 'bloc de code (``` ou ~~~) : le récit n’en a pas besoin ; écrivez le texte tel quel';
  const tag = line.match(TAG);
  if (tag) {
    return tag[0].startsWith('<!')
      ? 'commentaire ou balise <!… : rien de ce qu’il contient ne s’afficherait ; retirez-le, ou écrivez \\< pour un chevron'
      : `HTML interdit (« ${tag[0]}… ») : écrivez en Markdown (**gras**, *italique*, ${HELP_LINK}) ; pour un chevron, écrivez \\<`;
  }
  if (line.includes('![')) return 'image : le formulaire ne transmet pas d’image ; décrivez-la avec des mots, ou joignez-la à votre demande';
  return undefined;
}

/** The problems of a récit, at most one per line, in the order of the lines. */
export function storyProblems(text: string): StoryProblem[] {
  // The text as the file holds it (trimmed: `##\u00a0` becomes a heading), its lines counted as typed.
  const typed = text.replaceAll('\r\n', '\n');
  const source = answerText(typed);
  const linesBefore = typed.slice(0, typed.length - typed.trimStart().length).split('\n').length - 1;
  const byLine = new Map<number, string>();
  const report = (line: number, message: string | undefined) => {
    if (message && !byLine.has(line)) byLine.set(line, message);
  };
  source.split('\n').forEach((line, index) => {
    const invisible = invisibleCharacters(line)[0];
    report(linesBefore + index + 1, invisible ? invisibleCharacterMessage(invisible.character) : lineProblem(line));
  });
  // A link may span lines (`[texte\nsuite](adresse)`, `[nom]:\nadresse`): addresses are found in the whole text.
  for (const match of source.matchAll(DESTINATION)) {
    report(linesBefore + source.slice(0, match.index).split('\n').length, addressProblem(match[1] ?? match[2] ?? ''));
  }
  return [...byLine].sort(([a], [b]) => a - b).map(([line, message]) => ({ line, message }));
}
