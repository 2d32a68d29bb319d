import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/lib/catalog.ts';
import { caseArticle, jsonLdText, pioneerOrganization } from '../src/lib/structured-data.ts';
import { feedItems } from '../src/lib/feed.ts';
import { tinyCatalogInput } from './fixtures/catalog.ts';

const site = new URL('https://alliances.test');

describe('structured data and the feed', () => {
  it('give invented entries no JSON-LD, and real ones their Article', () => {
    const input = tinyCatalogInput();
    input.cases[0]!.data.illustrative = false;
    const catalog = buildCatalog(input);
    expect(caseArticle(catalog.case('cas-b'), catalog, site)).toBeUndefined();
    expect(pioneerOrganization(catalog.pioneer('asso'), catalog, site)).toBeUndefined();
    expect(caseArticle(catalog.case('cas-a'), catalog, site)).toMatchObject({ '@type': 'Article', headline: 'Alliance A', url: 'https://alliances.test/cas/cas-a/', keywords: 'EMPLOI-INSERTION, MOBILITE' });
  });

  it('write JSON-LD that no string of the content can close its script element with', () => {
    const text = jsonLdText({ headline: 'a </script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ headline: 'a </script><script>alert(1)</script>' });
  });

  it('put the newest case or testimony first in the feed and mark invented ones', () => {
    const items = feedItems(buildCatalog(tinyCatalogInput()));
    // The three cases were updated in 2026, the testimony dates from 2024.
    expect(items[0]).toMatchObject({ title: 'Cas\u00a0: Alliance A (exemple fictif)', link: '/cas/cas-a/' });
    expect(items.at(-1)).toMatchObject({ title: 'Témoignage\u00a0: Un témoignage (exemple fictif)', link: '/temoignages/temoin/' });
    expect(items.map((item) => item.pubDate.getTime())).toEqual(items.map((item) => item.pubDate.getTime()).sort((a, b) => b - a));
  });
});
