/**
 * The RSS feed: cases by their last update, testimonies by their date, newest
 * first, each with its summary and its themes. Invented examples say so in
 * their title, as they do everywhere on the site.
 */
import type { Catalog } from './catalog.ts';
import { entryUrl } from './routes.ts';

export const FEED_TITLE = 'Alliances en territoires : nouveaux cas et témoignages';
export const FEED_DESCRIPTION = 'Les cas d’alliances territoriales et les témoignages de pionniers, à mesure qu’ils sont publiés ou mis à jour.';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

const fiction = (illustrative: boolean) => (illustrative ? ' (exemple fictif)' : '');

export function feedItems(catalog: Catalog): FeedItem[] {
  const themes = (refs: readonly { id: string }[]) => refs.map((ref) => catalog.term('themes', ref.id).data.label);
  const items: FeedItem[] = [
    ...catalog.cases.map(({ id, data }) => ({
      title: `Cas : ${data.title}${fiction(data.illustrative)}`,
      link: entryUrl('cases', id),
      pubDate: data.updated,
      description: data.summary,
      categories: themes(data.themes),
    })),
    ...catalog.testimonies.map(({ id, data }) => ({
      title: `Témoignage : ${data.title}${fiction(data.illustrative)}`,
      link: entryUrl('testimonies', id),
      pubDate: data.date,
      description: data.highlight,
      categories: themes(data.themes),
    })),
  ];
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'fr'));
}
