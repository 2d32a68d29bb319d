/**
 * What the search page writes: one result, filled into the <template> the page
 * renders at build time (so its markup and styles stay in recherche.astro), and
 * the sentence announced to screen readers after each search.
 */
import { countOf, quoted } from '../../lib/format.ts';
import { WHEN_KEY } from '../../lib/search-params.ts';
import type { SearchState } from '../../lib/search-query.ts';
import type { ResultData } from './pagefind.ts';

/** Sections of a page shown under its result, when the query matches there. */
const SECTIONS_SHOWN = 2;

/** What the search table says of a result. */
export interface ResultFacts {
  /** « Cas », « Témoignage »… */
  type: string | undefined;
  illustrative: boolean;
  year: number | undefined;
}

export function resultItem(template: HTMLTemplateElement, data: ResultData, facts: ResultFacts, withExcerpt: boolean): DocumentFragment {
  const item = template.content.cloneNode(true) as DocumentFragment;
  const slot = (name: string) => {
    const element = item.querySelector<HTMLElement>(`[data-slot="${name}"]`);
    if (!element) throw new Error(`search result template: slot ${name} is missing`);
    return element;
  };
  const link = slot('link') as HTMLAnchorElement;
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  slot('type').textContent = facts.type ?? '';
  slot('badge').hidden = !facts.illustrative;
  slot('where').textContent = [data.meta.territoire ?? data.meta.module, data.meta[WHEN_KEY] ?? facts.year].filter(Boolean).join(' · ');
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

/**
 * A removable chip for a chosen term, filled into the <template> the page
 * renders: « Thèmes : Mobilité ✕ », named « Retirer le filtre Thèmes :
 * Mobilité » for screen readers. `key` says which checkbox it stands for (`name=value`).
 */
export function chipItem(template: HTMLTemplateElement, facet: string, label: string, key: string): DocumentFragment {
  const item = template.content.cloneNode(true) as DocumentFragment;
  const button = item.querySelector<HTMLButtonElement>('button[data-chip]');
  const text = item.querySelector<HTMLElement>('[data-slot="label"]');
  if (!button || !text) throw new Error('search chip template: its button or label is missing');
  button.dataset.chip = key;
  text.textContent = `${facet}\u00a0: ${label}`;
  return item;
}

/** The button that closes the folded filters: « Voir les 12 résultats »; `found` is null before any criterion is chosen. */
export function doneLabel(found: number | null): string {
  if (found === null) return 'Voir les résultats';
  if (found === 0) return 'Fermer les filtres (aucun résultat)';
  return found === 1 ? 'Voir le résultat' : `Voir les ${countOf(found, 'résultat', 'résultats')}`;
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
