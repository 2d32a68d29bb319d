/**
 * The components MDX content may use, for `<Content components={mdxComponents} />`.
 * Their names and props are declared in src/lib/mdx-components.ts (the allow-list the checker enforces).
 */
import type { MdxComponentName } from '../../lib/mdx-components.ts';
import ChiffreCle from './ChiffreCle.astro';
import Citation from './Citation.astro';
import Encadre from './Encadre.astro';

export const mdxComponents = { Citation, ChiffreCle, Encadre } satisfies Record<MdxComponentName, unknown>;
