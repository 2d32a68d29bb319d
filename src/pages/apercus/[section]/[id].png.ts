/**
 * The link-preview image of each case and testimony (src/lib/preview-image.ts).
 * Drawing one takes a tenth of a second: a rebuild copies every image whose
 * texts are unchanged (astro.config.mjs, experimental.incrementalBuild).
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/site-data.ts';
import { previewPng, type Preview } from '../../../lib/preview-image.ts';
import { collectionRegistry } from '../../../lib/collections.ts';
import { keyOfValues } from '../../../lib/page-keys.ts';

export async function getStaticPaths() {
  const catalog = await getCatalog();
  const path = (collection: 'cases' | 'testimonies', id: string, preview: Preview) => ({ params: { section: collectionRegistry[collection].urlSegment, id }, props: { preview }, cacheKey: keyOfValues(preview) });
  return [
    ...catalog.cases.map(({ id, data }) => path('cases', id, { kind: 'Cas d’alliance', title: data.title, detail: data.territory.name, illustrative: data.illustrative })),
    ...catalog.testimonies.map(({ id, data }) =>
      path('testimonies', id, { kind: 'Témoignage', title: data.title, detail: [data.speaker.name, catalog.pioneer(data.pioneer.id).data.name].filter(Boolean).join(', '), illustrative: data.illustrative }),
    ),
  ];
}

export const GET: APIRoute<{ preview: Preview }> = async ({ props }) =>
  new Response(new Uint8Array(await previewPng(props.preview)), { headers: { 'Content-Type': 'image/png' } });
