/** The JSON Schema of each open dataset, generated from the zod schema its records are checked with (src/lib/open-data/records.ts). */
import type { APIRoute } from 'astro';
import { openDatasets, type Dataset } from '../../lib/open-data/datasets.ts';
import { jsonSchemaOf } from '../../lib/open-data/formats.ts';

export const getStaticPaths = () => openDatasets.map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));

export const GET: APIRoute<{ dataset: Dataset }> = ({ props, site }) =>
  new Response(`${JSON.stringify(jsonSchemaOf(props.dataset, site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
