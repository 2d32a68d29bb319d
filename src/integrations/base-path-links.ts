/**
 * Under a base path (a site served at /alliances/), the links and images that
 * content writes from the site's root (`/cas/x/`, `/images/y.jpg`) must point
 * under it. A Sätteri hast plugin, so Markdown keeps the fast default
 * pipeline; astro.config.mjs and the pages' Markdown (src/lib/page-body.ts)
 * add it only when the base path is not `/`. MDX texts, rendered without the
 * pipeline (src/lib/mdx-render.ts), move their links with `linkUnderBase`.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin } from 'satteri';
import { RENDERER_FEATURES } from '../lib/checks/engine/markdown-body.ts';

/** The attribute of each element that holds a link content may write. */
export const LINK_ATTRIBUTE: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

/** A link of the content as the page must write it: root-relative paths move under the base path; `//host/…` is another site, `#x` a place in the page. */
export const linkUnderBase = (base: string, value: string): string =>
  base !== '/' && value.startsWith('/') && !value.startsWith('//') ? `${base}${value.slice(1)}` : value;

export const basePathLinks = (base: string) =>
  defineHastPlugin({
    name: 'alliances:base-path-links',
    element: {
      filter: Object.keys(LINK_ATTRIBUTE),
      visit(node, ctx) {
        const attribute = LINK_ATTRIBUTE[node.tagName]!;
        const value = node.properties?.[attribute];
        if (typeof value === 'string' && linkUnderBase(base, value) !== value) ctx.setProperty(node, attribute, linkUnderBase(base, value));
      },
    },
  });

/** The Markdown processor of the content under a base path (at `/`, Astro's default pipeline is left as it is). */
export const contentMarkdownProcessor = (base: string) => satteri({ features: RENDERER_FEATURES, hastPlugins: [basePathLinks(base)] });
