/**
 * What the search page writes: one result, filled into the <template> the page
 * renders at build time (so its markup and styles stay in recherche.astro), and
 * the sentence announced to screen readers after each search.
 */
import { countOf } from '../../lib/format.ts';
import { CONTENT_TYPE_SEARCH_PARAM, NATURE_SEARCH_PARAM, natures, YEAR_KEY } from '../../lib/search-params.ts';
import type { SearchState } from '../../lib/search-query.ts';
import type { ResultData } from './pagefind.ts';

/** Sections of a page shown under its result, when the query matches there. */
const SECTIONS_SHOWN = 2;

/** French quotes, with the no-break spaces that keep them on the line of their words. */
export const quoted = (text: string) => `«\u00a0${text}\u00a0»`;

export function resultItem(template: HTMLTemplateElement, data: ResultData, withExcerpt: boolean): DocumentFragment {
  const item = template.content.cloneNode(true) as DocumentFragment;
  const slot = (name: string) => {
    const element = item.querySelector<HTMLElement>(`[data-slot="${name}"]`);
    if (!element) throw new Error(`search result template: slot ${name} is missing`);
    return element;
  };
  const link = slot('link') as HTMLAnchorElement;
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  slot('type').textContent = data.filters[CONTENT_TYPE_SEARCH_PARAM]?.[0] ?? '';
  slot('badge').hidden = !data.filters[NATURE_SEARCH_PARAM]?.includes(natures.illustratif);
  slot('where').textContent = [data.meta.territoire ?? data.meta.module, data.meta[YEAR_KEY]].filter(Boolean).join(' · ');
  const excerpt = slot('excerpt');
  // Pagefind escapes the page text and only adds <mark> around matches: safe as HTML.
  if (withExcerpt && data.excerpt) excerpt.innerHTML = data.excerpt;
  else excerpt.textContent = data.meta.resume ?? '';
  const sections = slot('sections');
  const anchors = withExcerpt ? data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, SECTIONS_SHOWN) : [];
  for (const sub of anchors) {
    const anchor = sections.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
    anchor.href = sub.url;
    anchor.textContent = sub.title;
  }
  sections.hidden = anchors.length === 0;
  return item;
}

/** « 12 résultats pour « gouvernance » avec 1 filtre. »; `found` is null before any criterion is chosen. */
export function statusText(state: SearchState, found: number | null, total: number): string {
  if (found === null) return `Tapez un mot ou choisissez un filtre parmi ${countOf(total, 'contenu', 'contenus')}.`;
  const filterCount = Object.values(state.filters).reduce((sum, terms) => sum + terms.length, 0);
  const what = [
    state.query && `pour ${quoted(state.query)}`,
    filterCount > 0 && `avec ${countOf(filterCount, 'filtre', 'filtres')}`,
  ].filter(Boolean).join(' ');
  return found === 0
    ? `Aucun résultat ${what}. Essayez un autre mot ou retirez un filtre.`
    : `${countOf(found, 'résultat', 'résultats')} ${what}.`;
}
