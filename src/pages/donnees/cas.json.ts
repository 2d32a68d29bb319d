import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site-data.ts';
import { toOpenDataRecord } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const records = catalog.cases.map((entry) => toOpenDataRecord(entry, catalog, site!));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
