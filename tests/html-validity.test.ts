/**
 * Every page of the built site is valid HTML for html-validate (.htmlvalidate.mjs):
 * landmarks with unique names, buttons with a type, no empty heading, titles
 * that search engines show whole: a longer one is shortened in the document
 * title and kept whole in the page's <h1> (src/lib/page-title.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { documentTitle, SITE_NAME } from '../src/lib/page-title.ts';
import { dataFileUrl } from '../src/lib/routes.ts';
import { DIST, htmlPages, ROOT, urlOf } from './built-site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('the HTML of the built site', () => {
  it('has no validator error on any page', async () => {
    expect(htmlPages.length).toBeGreaterThan(100);
    const errors: string[] = [];
    for (const file of htmlPages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${urlOf(file)}:${message.line}:${message.column}  ${message.message}  [${message.ruleId}]`);
      }
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('is checked with the rules the pages were fixed for', async () => {
    const page = (body: string) => `<!DOCTYPE html><html lang="fr"><head><title>Page</title></head><body>${body}</body></html>`;
    const rulesBroken = async (body: string) => (await validator.validateString(page(body), `${ROOT}/page.html`)).results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(await rulesBroken('<main><button>Effacer</button></main>')).toEqual(['no-implicit-button-type']);
    expect(await rulesBroken('<main><h3></h3></main>')).toEqual(['empty-heading']);
    expect(await rulesBroken('<main><aside>a</aside><aside>b</aside></main>')).toContain('unique-landmark');
    expect(await rulesBroken('<main><input type="checkbox" name="regions" aria-label="a"><input type="checkbox" name="regions" aria-label="b"></main>')).toEqual([]);
  });

  it('keeps a long case title whole in the page’s <h1>, and shortens it in the document title', () => {
    const cases: { titre: string; url: string }[] = JSON.parse(readFileSync(join(DIST, dataFileUrl('cas', 'json')), 'utf8'));
    const long = cases.filter((entry) => documentTitle(entry.titre) !== `${entry.titre} — ${SITE_NAME}`);
    expect(long.length).toBeGreaterThan(0);
    for (const entry of long) {
      const html = readFileSync(join(DIST, new URL(entry.url).pathname, 'index.html'), 'utf8');
      const textOf = (tag: string) => decodeEntities(new RegExp(`<${tag}\\b[^>]*>(.*?)</${tag}>`, 's').exec(html)![1]!.replace(/<[^>]+>/g, ''));
      expect(textOf('h1')).toBe(entry.titre);
      expect(textOf('title')).toBe(documentTitle(entry.titre));
    }
  });
});

/** The few entities Astro writes in text. */
const decodeEntities = (html: string) =>
  html.replace(/&(#39|quot|lt|gt|amp);/g, (_, name: string) => ({ '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[name]!);
