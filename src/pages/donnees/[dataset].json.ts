/** Each open dataset as JSON: an array of records (src/lib/open-data/). */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/site-data.ts';
import { openDatasets, type Dataset } from '../../lib/open-data/datasets.ts';
import { toJson } from '../../lib/open-data/formats.ts';

export const getStaticPaths = () => openDatasets.map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props, site }) =>
  new Response(toJson(props.dataset.records(await getCatalog(), site!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
