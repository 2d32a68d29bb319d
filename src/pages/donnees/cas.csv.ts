import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site-data.ts';
import { toCsv, toOpenDataRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const csv = toCsv(catalog.cases.map((entry) => toOpenDataRecord(entry, catalog, site!)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
