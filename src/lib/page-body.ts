/**
 * The text of a Markdown or MDX page, rendered to HTML by the page that shows
 * it, from its file: the collections store only the data (src/lib/page-loader.ts).
 * Markdown goes through Astro's own Markdown processor with its defaults (what
 * `render(entry)` gave); MDX through src/lib/mdx-render.ts, which compiles no
 * JavaScript. No code highlighting: the content has no code, and loading a
 * highlighter would cost every build.
 */
import { readFile } from 'node:fs/promises';
import { satteri } from '@astrojs/markdown-satteri';
import { root } from 'astro:config/server';
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
  if (entry.filePath.endsWith('.mdx')) return renderMdx(body);
  const { code, metadata } = await (await (markdown ??= satteri().createRenderer({ syntaxHighlight: false }))).render(body);
  return { html: code, headings: metadata.headings };
}
