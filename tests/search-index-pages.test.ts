import { describe, expect, it } from 'vitest';
import { indexedPart, pageFile, pagePath } from '../src/lib/search-index-pages.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="fr"><head><title>Un cas</title><style>.x{}</style></head><body><header><nav>Cas Témoignages</nav></header><main>${body}</main><footer>Aucun traceur</footer></body></html>`;

describe('the part of a page handed to Pagefind', () => {
  it('is the language and the article marked data-pagefind-body, without its drawings', () => {
    const html = page(
      '<p>Avant</p><article class="case-sheet" data-pagefind-body data-astro-cid-x><h1>Un cas</h1><figure data-pagefind-ignore><svg viewBox="0 0 2 2"><path d="M0,0L1,1Z"></path></svg><figcaption>Région : Bretagne.</figcaption></figure><p>Le récit.</p><article><h2>Une carte</h2></article></article><aside>Autres cas</aside>',
    );
    expect(indexedPart(html)).toBe(
      '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body><article class="case-sheet" data-pagefind-body data-astro-cid-x><h1>Un cas</h1><figure data-pagefind-ignore><figcaption>Région : Bretagne.</figcaption></figure><p>Le récit.</p><article><h2>Une carte</h2></article></article></body></html>',
    );
  });

  it('makes each value of a fact list a block, so that Pagefind ends a sentence after it', () => {
    const html = page('<article data-pagefind-body><dl class="facts"><dt>Territoire</dt><dd class="v">Rennes</dd><dt>Depuis</dt><dd>2013</dd></dl><p>Le récit.</p></article>');
    expect(indexedPart(html)).toContain('<dl class="facts"><dt>Territoire</dt><div class="v">Rennes</div><dt>Depuis</dt><div>2013</div></dl><p>Le récit.</p>');
  });

  it('is the whole page when no article carries the marker, for Pagefind to judge', () => {
    const html = page('<article data-pagefind-bodyguard><p>Texte</p></article><div data-pagefind-body><p>Texte</p></div>');
    expect(indexedPart(html)).toBe(html);
  });
});

describe('a page and its file', () => {
  it('go one to the other, as Pagefind names a page from its file', () => {
    expect(pageFile('/cas/x/')).toBe('cas/x/index.html');
    expect(pagePath('cas/x/index.html')).toBe('/cas/x/');
    for (const path of ['/cas/x/', '/parcours/comment/1-la-graine/']) expect(pagePath(pageFile(path))).toBe(path);
  });
});
