/** Each open dataset as CSV: one row per entry, lists joined with | (src/lib/open-data/). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site-data.ts';
import { openDatasets, type Dataset } from '../../lib/open-data/datasets.ts';
import { toCsv } from '../../lib/open-data/formats.ts';

export const getStaticPaths = () => openDatasets.map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props, site }) =>
  new Response(toCsv(props.dataset, props.dataset.records(await getCatalog(), site!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
