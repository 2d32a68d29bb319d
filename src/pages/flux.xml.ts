/** The RSS feed of cases and testimonies (@astrojs/rss), with its own address as atom:link, as feed validators ask. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/site-data.ts';
import { FEED_DESCRIPTION, FEED_TITLE, feedItems } from '../lib/feed.ts';
import { feedUrl } from '../lib/routes.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: site!,
    items: feedItems(await getCatalog()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr-fr</language><atom:link href="${new URL(feedUrl, site).href}" rel="self" type="application/rss+xml"/>`,
  });
