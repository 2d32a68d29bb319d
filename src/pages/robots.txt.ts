/** robots.txt: everything may be indexed; the sitemap says where every page is. */
import type { APIRoute } from 'astro';
import { sitemapUrl } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapUrl, site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
