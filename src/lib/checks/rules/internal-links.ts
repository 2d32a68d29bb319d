/**
 * Rule: a link from a body to a page of the site (`/cas/x/`, `/pionniers/x/`,
 * `/themes/x/`…) points at an entry that exists. URLs come from
 * src/lib/routes.ts, the same helpers the pages link through.
 */
import { contentSections as sections, isTaxonomy, staticPaths, taxonomyIndexUrl, urlOfReference, withoutBase } from '../../routes.ts';
import type { KnownIds } from '../engine/content-entries.ts';
import type { BodyView } from '../engine/markdown-body.ts';
import { defineRule } from '../engine/rule.ts';
import { didYouMean } from '../../validation/suggestions.ts';

/** Sections whose pages all come from content; links elsewhere (data files, search) are not content's to check. */
const contentSections = new Set<string>(sections);

/** Every page the content produces, plus the fixed pages, as content links to them: from the site's root, whatever its base path. */
export function knownPageUrls(ids: KnownIds): Set<string> {
  const urls = new Set<string>(Object.values(staticPaths));
  for (const [collection, collectionIds] of ids) {
    if (isTaxonomy(collection)) urls.add(taxonomyIndexUrl(collection));
    for (const id of collectionIds) {
      const url = urlOfReference({ collection, id });
      if (url) urls.add(url);
    }
  }
  return new Set([...urls].map(withoutBase));
}

export const internalLinks = defineRule({
  id: 'links/internal',
  scope: 'body',
  summary: 'Un lien vers une page du site (/cas/…, /pionniers/…, /themes/…, /parcours/…) mène à une page qui existe, avec sa barre oblique finale.',
  check: (body, { pages }) => checkInternalLinks(body, pages),
});

function checkInternalLinks(body: BodyView, pages: ReadonlySet<string>) {
  return body.urls.flatMap((link) => {
    const path = link.url.split(/[?#]/)[0]!;
    if (link.kind !== 'link' || !path.startsWith('/') || !contentSections.has(path.split('/')[1]!)) return [];
    const page = path.endsWith('/') ? path : `${path}/`;
    if (!pages.has(page)) {
      // Suggest pages of the same section, comparing what follows it: `/cas/x/` → `x`.
      const section = `/${page.split('/')[1]}/`;
      const rest = (url: string) => url.slice(section.length, -1);
      const siblings = [...pages].filter((candidate) => candidate.startsWith(section) && candidate !== section).map(rest);
      const suggestion = didYouMean(rest(page), siblings, (name) => `« ${section}${name}/ »`);
      return [body.source.problemAt(link, 'lien', `lien interne cassé : la page ${page} n’existe pas${suggestion}`)];
    }
    if (page !== path) {
      // The site is built with trailingSlash: 'always'; without it the link fails in dev and preview.
      return [body.source.problemAt(link, 'lien', `ajoutez la barre oblique finale : ${page}`)];
    }
    return [];
  });
}
