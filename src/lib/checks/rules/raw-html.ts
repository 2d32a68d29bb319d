/**
 * Rule: a .md file holds no raw HTML. The renderer copies raw HTML into the
 * page as written, and no reader of tags short of a browser's knows all the
 * ways it can run script or load a resource (`<!-->` closes a comment,
 * `<svg><set>` rewrites a link, `ping` and `style` call other sites), so
 * only one thing is allowed: a well-formed comment, which browsers ignore.
 */
import type { BodyView } from '../engine/markdown-body.ts';
import { firstOnEachLine } from '../engine/problem.ts';
import { defineRule } from '../engine/rule.ts';

/**
 * A comment that ends where the node ends, and nowhere earlier for a
 * browser: not `<!-->` or `<!--->` (closed at once), no `--!>` (closes it
 * too), no `-->` or `<!--` before the end.
 */
export const isWellFormedComment = (html: string): boolean => /^<!--(?!-?>)(?:(?!-->|--!>|<!--)[\s\S])*-->$/.test(html);

const RAW_HTML = 'HTML brut interdit : écrivez en Markdown (**gras**, [lien](https://…), ![description](/image.jpg), ## titre) ; seuls les commentaires <!-- … --> sont admis';
const NOT_CLOSED = 'commentaire non fermé : ajoutez --> à sa fin (sinon il cache toute la suite de la page)';
const MALFORMED_COMMENT = 'commentaire mal formé : il s’écrit <!-- texte --> (ni <!--> ni <!--->), sans <!--, --> ni --!> à l’intérieur, et rien ne le suit sur sa ligne';

export const noRawHtml = defineRule({
  id: 'markdown/no-raw-html',
  scope: 'body',
  summary: 'Un fichier .md ne contient pas de HTML brut ; seuls les commentaires `<!-- … -->` bien fermés sont admis.',
  check: checkRawHtml,
});

function checkRawHtml(body: BodyView) {
  const forbidden = firstOnEachLine(body.html.filter((node) => !isWellFormedComment(node.html)));
  return forbidden.map((node) => body.source.problemAt(node, 'HTML', messageFor(node.html)));
}

function messageFor(html: string): string {
  if (!html.startsWith('<!--')) return RAW_HTML;
  // No end a browser would see: the rest of the page is hidden.
  const unclosed = !/^<!---?>/.test(html) && !/--!?>/.test(html.slice(4));
  return unclosed ? NOT_CLOSED : MALFORMED_COMMENT;
}
