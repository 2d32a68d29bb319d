/**
 * The checker reads bodies as the site renders them: the same parser
 * (Sätteri, the one Astro's default Markdown processor loads) with the same
 * features. Should astro.config.mjs or Astro's defaults change, these tests
 * fail before a difference between the two opens a way around the rules.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { readContentFiles } from '../../src/lib/checks/engine/content-files.ts';
import { splitFrontmatter } from '../../src/lib/checks/engine/frontmatter.ts';
import { RENDERER_FEATURES } from '../../src/lib/checks/engine/markdown-body.ts';
import { renderMdx } from '../../src/lib/mdx-render.ts';
import { checkFixture } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../..');
const resolveFrom = (file: string, specifier: string) => createRequire(file).resolve(specifier);
/** Astro's default Markdown renderer, as the content layer creates it (without syntax highlighting, which does not change the parse). */
const renderer = await satteri().createRenderer({ syntaxHighlight: false });

describe('the checker parses as the renderer does', () => {
  it('uses the parser Astro renders with', () => {
    const astroProcessor = resolveFrom(join(ROOT, 'node_modules/astro/package.json'), '@astrojs/markdown-satteri');
    expect(resolveFrom(join(ROOT, 'src/lib/checks/markdown-body.ts'), 'satteri')).toBe(resolveFrom(astroProcessor, 'satteri'));
  });

  it('turns on the features Astro turns on: its defaults, which astro.config.mjs keeps', async () => {
    // Only syntax highlighting is off (for the Content-Security-Policy); it does not change the parse.
    expect(config.markdown).toEqual({ syntaxHighlight: false });
    const sample = 'Un "texte" -- enfin... www.example.org, ~~barré~~, une note[^1].\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[^1]: La note.\n';
    expect((await renderer.render(sample)).code).toBe(markdownToHtml(sample, { features: RENDERER_FEATURES }).html);
  });

  it('sees the HTML a GFM table cell takes out of a code span, as the rendered page has it', async () => {
    const { code } = await renderer.render('| a | b |\n| - | - |\n| `x | <img src=x onerror=alert(7)> ` |\n');
    expect(code).toContain('<td><img src=x onerror=alert(7)> `</td>');
    expect(await checkFixture('md-table-code-span')).toHaveLength(1);
  });

  it('renders .mdx text as Astro renders .md text: the same HTML for every Markdown page of content/ that is also valid MDX', async () => {
    const pages = (await readContentFiles(ROOT)).filter((file) => file.path.endsWith('.md'));
    let compared = 0;
    for (const page of pages) {
      const parts = splitFrontmatter(page.text);
      if (!parts.ok) throw new Error(`${page.path}: ${parts.message}`);
      const body = page.text.slice(parts.bodyOffset).trim();
      let mdx: string;
      try {
        mdx = renderMdx(body).html;
      } catch {
        continue; // `<` or `{` in plain text: Markdown, not MDX.
      }
      // HTML needs no escaping of > in text; Astro's renderer escapes it, hast-util-to-html does not.
      expect(mdx, page.path).toBe((await renderer.render(body)).code.replaceAll('&gt;', '>'));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(pages.length / 2);
  });
});
