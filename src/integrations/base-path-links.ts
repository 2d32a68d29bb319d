/**
 * Under a base path (a site served at /alliances/), the links and images that
 * content writes from the site's root (`/cas/x/`, `/images/y.jpg`) must point
 * under it. A Sätteri hast plugin, so Markdown and MDX keep the fast default
 * pipeline; astro.config.mjs adds it only when the base path is not `/`.
 */
import { defineHastPlugin } from 'satteri';

const ATTRIBUTE = { a: 'href', img: 'src' } as const;

export const basePathLinks = (base: string) =>
  defineHastPlugin({
    name: 'alliances:base-path-links',
    element: {
      filter: Object.keys(ATTRIBUTE),
      visit(node, ctx) {
        const attribute = ATTRIBUTE[node.tagName as keyof typeof ATTRIBUTE];
        const value = node.properties?.[attribute];
        // `//host/…` is another site, `#x` a place in the page: only root-relative paths move.
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) ctx.setProperty(node, attribute, `${base}${value.slice(1)}`);
      },
    },
  });
