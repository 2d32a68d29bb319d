/**
 * Rule: no request leaves the site from content, and no link runs code. An
 * image loads as the page opens, so it comes from the site itself: a path
 * with a single leading slash. A link only goes somewhere when clicked: a web
 * page (http, https), an e-mail address (mailto), a page or a section of the
 * site; any other scheme (javascript:, data:, vbscript:, file:…) is refused.
 * URLs are read as the browser reads them: the parser has already decoded
 * character references (`jav&#x61;script:`), and white space or control
 * characters hidden inside do not protect anything.
 */
import type { BodyUrl, BodyView } from '../engine/markdown-body.ts';
import { defineRule } from '../engine/rule.ts';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Any origin does: what matters is whether a URL resolved on a page of the site stays on it. */
const SITE = 'https://site.invalid';

/** Browsers drop tabs and line breaks anywhere in a URL, spaces and controls at its ends: drop them all, to be safe. */
const withoutInvisibles = (url: string): string => url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');

/** `/images/port.jpg`, not `//autre-site/…` nor `/\autre-site/…`, which browsers read as another site. */
const isSitePath = (url: string): boolean => url.startsWith('/') && URL.parse(url, `${SITE}/page/`)?.origin === SITE;

export const allowedUrls = defineRule({
  id: 'urls/allowed',
  scope: 'body',
  summary: 'Les images viennent du site (/…) ; les liens vont vers une page web (https://), une adresse mailto: ou une page du site ; aucun autre schéma (javascript:, data:…).',
  check: checkBodyUrls,
});

export function checkBodyUrls(body: BodyView) {
  return body.urls.flatMap((url) => {
    const message = url.kind === 'image' ? imageProblem(url) : linkProblem(url.url);
    return message ? [body.source.problemAt(url, url.kind === 'image' ? 'image' : 'lien', message)] : [];
  });
}

function imageProblem({ url }: BodyUrl): string | undefined {
  if (isSitePath(withoutInvisibles(url))) return undefined;
  return 'image hors du site : son adresse commence par une seule barre oblique, par exemple ![description](/images/photo.jpg) ; une adresse https://, //… ou data: ferait charger l’image ailleurs par le navigateur du lecteur';
}

/** What is wrong with a link's address, as the renderer decoded it; also what the form of /contribuer/ checks in « Le récit ». */
export function linkProblem(url: string): string | undefined {
  const visible = withoutInvisibles(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(visible)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (LINK_SCHEMES.has(scheme)) return undefined;
    return `adresse ${scheme}: interdite : un lien pointe vers une page web (https://…), une adresse mailto: ou une page du site (/…)`;
  }
  if (visible.startsWith('#') || isSitePath(visible)) return undefined;
  return `lien « ${url} » : écrivez l’adresse complète d’une page web (https://…) ou le chemin d’une page du site depuis sa racine (/cas/…)`;
}
