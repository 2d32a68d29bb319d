/**
 * How the pages that show a link-preview image ask for it: the case and
 * testimony routes hand over every image they will name, from their
 * getStaticPaths, which Astro runs before rendering the first page; the
 * integration (src/integrations/preview-images.ts) has them drawn meanwhile
 * and writes them into dist/.
 */
import { buildHook } from '../build-hook.ts';
import type { CaseEntry, TestimonyEntry } from '../catalog.ts';
import type { SiteCatalog } from '../site-data.ts';
import type { Preview } from './preview.ts';

/** Takes an image's path under the site's root (`apercus/cas/x.png`) and what it shows. */
export type PreviewRequester = (path: string, preview: Preview) => void;

const requesterHook = buildHook<PreviewRequester>('preview-requester');

export const setPreviewRequester = requesterHook.set;

/** Outside a build or `astro dev` (a test importing a page), nobody draws: the request is dropped. */
export const requestPreview: PreviewRequester = (path, preview) => requesterHook.get()?.(path, preview);

export const casePreview = ({ data }: CaseEntry): Preview => ({ kind: 'Cas d’alliance', title: data.title, detail: data.territory.name, illustrative: data.illustrative });

export const testimonyPreview = ({ data }: TestimonyEntry, catalog: SiteCatalog): Preview => ({
  kind: 'Témoignage',
  title: data.title,
  detail: [data.speaker.name, catalog.pioneer(data.pioneer.id).data.name].filter(Boolean).join(', '),
  illustrative: data.illustrative,
});
