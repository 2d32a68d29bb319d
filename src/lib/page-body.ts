/**
 * The text of a Markdown or MDX page, rendered to HTML by the page that shows
 * it, from its file: the collections store only the data (src/lib/page-loader.ts).
 * Markdown goes through the Markdown processor astro.config.mjs gives Astro
 * (what `render(entry)` gave: its defaults, the base path's links under one);
 * MDX through src/lib/mdx-render.ts, which compiles no JavaScript. No code
 * highlighting: the content has no code, and loading a highlighter would cost
 * every build.
 */
import { readFile } from 'node:fs/promises';
import { satteri } from '@astrojs/markdown-satteri';
import { base, root } from 'astro:config/server';
import { contentMarkdownProcessor } from '../integrations/base-path-links.ts';
import { splitFrontmatter } from './checks/engine/frontmatter.ts';
import { renderMdx, type RenderedMdx } from './mdx-render.ts';

export type RenderedBody = RenderedMdx;

let markdown: ReturnType<ReturnType<typeof satteri>['createRenderer']> | undefined;

/** An entry of a page collection: `filePath` is relative to the project root, as Astro stores it. */
export async function renderBody(entry: { id: string; filePath?: string }): Promise<RenderedBody> {
  if (!entry.filePath) throw new Error(`page ${entry.id} has no file`);
  const text = await readFile(new URL(entry.filePath, root), 'utf8');
  const parts = splitFrontmatter(text);
  // The content checker stops the build on a malformed header first: reaching this is a bug of the site.
  if (!parts.ok) throw new Error(`${entry.filePath}: ${parts.message}`);
  const body = text.slice(parts.bodyOffset).trim();
  if (entry.filePath.endsWith('.mdx')) return renderMdx(body, base);
  markdown ??= (base === '/' ? satteri() : contentMarkdownProcessor(base)).createRenderer({ syntaxHighlight: false });
  const { code, metadata } = await (await markdown).render(body);
  return { html: code, headings: metadata.headings };
}
