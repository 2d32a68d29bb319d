/** datapackage.json (Frictionless Data): every open data file with its schema, licence and citation. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site-data.ts';
import { openDatasets } from '../../lib/open-data/datasets.ts';
import { dataPackage } from '../../lib/open-data/formats.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(openDatasets, await getCatalog(), site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
