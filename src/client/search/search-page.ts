/**
 * The island of /recherche/: reads the form rendered at build time, asks
 * Pagefind, writes the counts and results back, and keeps the search in the
 * URL: typing replaces the history entry of its burst of keystrokes, a filter,
 * the sort or Enter adds one, the back button restores the previous search.
 * On a phone the filters fold into a disclosure (« Filtrer (n) »); on every
 * width the chosen ones show as chips above the results, each removable.
 *
 * The page comes with the counts of the whole index (src/lib/search-facets.ts):
 * it is ready without Pagefind's filter index, which the counts of a search
 * need and which loads behind, once Pagefind is there. Pagefind loads at once,
 * so that the first results do not wait for it; the form is there before
 * either, and never moves.
 */
import { countOf, quoted } from '../../lib/format.ts';
import { NATURE_SEARCH_PARAM, natures, type FacetTerm } from '../../lib/search-params.ts';
import { hasCriteria, isSortOrder, pagefindSearchOptions, QUERY_PARAM, realResultsFirst, searchQuery, SORT_PARAM, type SearchState } from '../../lib/search-query.ts';
import { loadPagefind, type FilterCounts, type Pagefind, type SearchResponse } from './pagefind.ts';
import { chipItem, doneLabel, resultItem, statusText } from './search-results.ts';

const PAGE_SIZE = 10;
/** The pause in typing that starts a search: short enough for results 300 ms after the last key. */
const TYPING_DELAY_MS = 150;
/** Preloading the index for one or two letters fetches the chunks of every word they start. */
const PRELOAD_MIN_LENGTH = 3;

const required = <T extends Element>(root: ParentNode, selector: string): T => {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
};

export async function startSearchPage() {
  const form = required<HTMLFormElement>(document, 'form[data-search]');
  const input = required<HTMLInputElement>(form, `input[name="${QUERY_PARAM}"]`);
  const sortSelect = required<HTMLSelectElement>(form, `select[name="${SORT_PARAM}"]`);
  const status = required<HTMLElement>(form, '[data-status]');
  const resultsRegion = required<HTMLElement>(form, '[data-results-region]');
  const list = required<HTMLOListElement>(form, '[data-results]');
  const moreButton = required<HTMLButtonElement>(form, '[data-more]');
  const clearButton = required<HTMLButtonElement>(form, '[data-clear-filters]');
  const filterToggle = required<HTMLButtonElement>(form, '[data-filter-toggle]');
  const filterCount = required<HTMLElement>(filterToggle, '[data-filter-count]');
  const filtersPanel = required<HTMLElement>(form, '[data-filters]');
  const doneButton = required<HTMLButtonElement>(form, '[data-filters-done]');
  const chipsRegion = required<HTMLElement>(form, '[data-chips-region]');
  const chips = required<HTMLUListElement>(form, '[data-chips]');
  const resultsHeading = required<HTMLElement>(form, '#resultats-titre');
  const chipTemplate = required<HTMLTemplateElement>(document, 'template[data-chip-template]');
  const template = required<HTMLTemplateElement>(document, 'template[data-result-template]');
  const facets = [...form.querySelectorAll<HTMLDetailsElement>('details.facet')];
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const baseTitle = document.title;
  /** Pages in the index, and the count of each checkbox over all of them: written at build time. */
  const total = Number(form.dataset.total);
  const countSpan = (box: HTMLInputElement) => required<HTMLElement>(box.parentElement ?? form, '[data-count]');
  const indexCounts = new Map(checkboxes.map((box) => [box, countSpan(box).textContent ?? '']));

  const pagefindLoading = loadPagefind(form.dataset.pagefind ?? '');
  pagefindLoading.catch((error: unknown) => {
    form.hidden = true;
    required<HTMLElement>(document, '[data-search-unavailable]').hidden = false;
    console.warn('Pagefind could not be loaded (no index: build the site with npm run build).', error);
  });
  /** Pagefind's filter index, loaded once, before the first search asks for counts. */
  const filterIndexLoading = pagefindLoading.then(async (pagefind) => {
    await pagefind.filters();
    return pagefind;
  });
  // A failure to load is Pagefind's, reported above; a search that needs the filters reports its own.
  filterIndexLoading.catch(() => undefined);

  const readForm = (): SearchState => {
    const filters: Record<string, FacetTerm[]> = {};
    for (const box of checkboxes) {
      if (box.checked) (filters[box.name] ??= []).push({ id: box.value, label: box.dataset.label ?? box.value });
    }
    return { query: input.value.trim(), filters, sort: isSortOrder(sortSelect.value) ? sortSelect.value : 'pertinence' };
  };

  /** Puts a URL's search into the form; unknown parameters and ids are dropped on the way. */
  const writeForm = (params: URLSearchParams) => {
    input.value = params.get(QUERY_PARAM) ?? '';
    for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);
    const sort = params.get(SORT_PARAM);
    sortSelect.value = isSortOrder(sort) ? sort : 'pertinence';
    for (const facet of facets) if (facet.querySelector('input:checked')) facet.open = true;
  };

  /** Where the focus goes once the chips are drawn again after one was removed: the chip now at that place, if any. */
  let chipToFocus: number | undefined;

  /** « Filtrer (2) » and one chip per chosen term: drawn from the form at once, before the search answers. */
  const renderChosen = () => {
    const chosen = checkboxes.filter((box) => box.checked);
    filterCount.textContent = `(${chosen.length})`;
    chips.replaceChildren(...chosen.map((box) => chipItem(chipTemplate, box.dataset.facet ?? '', box.dataset.label ?? box.value, `${box.name}=${box.value}`)));
    chipsRegion.hidden = chosen.length === 0;
    if (chipToFocus !== undefined) {
      const buttons = chips.querySelectorAll('button');
      (buttons[Math.min(chipToFocus, buttons.length - 1)] ?? resultsHeading).focus();
      chipToFocus = undefined;
    }
  };

  const setFiltersOpen = (open: boolean) => {
    filtersPanel.classList.toggle('is-open', open);
    filterToggle.setAttribute('aria-expanded', String(open));
  };

  const search = async (state: SearchState, withoutFacet?: string, pagefind?: Pagefind) =>
    (pagefind ?? (await pagefindLoading)).search(state.query || null, pagefindSearchOptions(state, withoutFacet));

  /**
   * Counts per term of a search with criteria; for a facet in use, what choosing another of its terms
   * would add (its terms are alternatives). Without criteria, the page's own counts stand (null).
   */
  const facetCounts = async (state: SearchState): Promise<FilterCounts | null> => {
    if (!hasCriteria(state)) return null;
    const pagefind = await filterIndexLoading;
    const countsWithout = async (param: string) => {
      const otherCriteria = state.query !== '' || Object.keys(state.filters).some((name) => name !== param);
      return otherCriteria ? (await search(state, param, pagefind)).filters : pagefind.filters();
    };
    const counts = (await search(state, undefined, pagefind)).filters;
    const facetsInUse = await Promise.all(Object.keys(state.filters).map(async (param) => [param, (await countsWithout(param))[param] ?? {}] as const));
    return { ...counts, ...Object.fromEntries(facetsInUse) };
  };

  const renderCounts = (counts: FilterCounts | null) => {
    for (const box of checkboxes) {
      countSpan(box).textContent = counts ? `(${counts[box.name]?.[box.dataset.label ?? ''] ?? 0})` : (indexCounts.get(box) ?? '');
    }
    for (const facet of facets) {
      const chosen = facet.querySelectorAll('input:checked').length;
      required<HTMLElement>(facet, '[data-facet-chosen]').textContent = chosen > 0 ? ` — ${countOf(chosen, 'choisi', 'choisis')}` : '';
    }
  };

  let generation = 0;
  let shown: SearchResponse['results'] = [];
  let shownWithExcerpt = false;
  let loadingMore = false;

  /**
   * Appends the next page of results, unless a newer search started meanwhile.
   * Their data load in parallel and each shows as soon as it and those before
   * it are there: the first result does not wait for the tenth.
   */
  const showMore = async (searchGeneration: number, focusFirst: boolean) => {
    const from = list.children.length;
    const pending = shown.slice(from, from + PAGE_SIZE).map((result) => result.data());
    for (const [index, data] of pending.entries()) {
      const item = resultItem(template, await data, shownWithExcerpt);
      if (searchGeneration !== generation) return;
      const link = item.querySelector('a');
      list.append(item);
      list.hidden = false;
      if (focusFirst && index === 0) link?.focus();
    }
    moreButton.hidden = list.children.length >= shown.length;
  };

  /** Runs the search the form describes and renders it; a newer search makes an older one drop its results. */
  const refresh = async () => {
    const current = ++generation;
    const state = readForm();
    renderChosen();
    resultsRegion.setAttribute('aria-busy', 'true');
    // The same search restricted to real content, alongside: real results are listed first.
    const [response, real] = hasCriteria(state)
      ? await Promise.all([search(state), state.filters[NATURE_SEARCH_PARAM] ? null : search({ ...state, filters: { ...state.filters, [NATURE_SEARCH_PARAM]: [{ id: 'reel', label: natures.reel }] } })])
      : [null, null];
    if (current !== generation) return;
    shown = response && real ? realResultsFirst(response.results, new Set(real.results.map((result) => result.id))) : (response?.results ?? []);
    shownWithExcerpt = state.query !== '';
    list.replaceChildren();
    list.hidden = true;
    moreButton.hidden = true;
    // Counts may take a few more searches (and the filter index): the results do not wait for them.
    const counts = facetCounts(state);
    await showMore(current, false);
    const countsNow = await counts;
    if (current !== generation) return;
    renderCounts(countsNow);
    status.textContent = statusText(state, response ? shown.length : null, total);
    doneButton.textContent = doneLabel(response ? shown.length : null);
    document.title = state.query ? `${quoted(state.query)} — ${baseTitle}` : baseTitle;
    resultsRegion.removeAttribute('aria-busy');
  };

  const update = () =>
    refresh().catch((error: unknown) => {
      status.textContent = 'La recherche n’a pas abouti. Vérifiez votre connexion, puis réessayez.';
      resultsRegion.removeAttribute('aria-busy');
      console.error(error);
    });

  let typing = false;
  const commit = (mode: 'push' | 'replace') => {
    // The search stays on this page: only its query string changes.
    const url = location.pathname + searchQuery(readForm());
    if (url === location.pathname + location.search) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const words = input.value.trim();
    if (words.length >= PRELOAD_MIN_LENGTH) void pagefindLoading.then((pagefind) => pagefind.preload(words));
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      commit(typing ? 'replace' : 'push');
      typing = true;
      void update();
    }, TYPING_DELAY_MS);
  });

  const commitNow = () => {
    clearTimeout(typingTimer);
    typing = false;
    commit('push');
    void update();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commitNow();
  });
  form.addEventListener('change', (event) => {
    // The text field fires "change" when it loses focus: its typing is already handled.
    if (event.target !== input) commitNow();
  });
  clearButton.addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    commitNow();
    input.focus();
  });
  chips.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-chip]');
    if (!chip) return;
    const box = checkboxes.find((candidate) => `${candidate.name}=${candidate.value}` === chip.dataset.chip);
    if (box) box.checked = false;
    chipToFocus = [...chips.querySelectorAll('button')].indexOf(chip);
    commitNow();
  });
  filterToggle.addEventListener('click', () => setFiltersOpen(filterToggle.getAttribute('aria-expanded') !== 'true'));
  doneButton.addEventListener('click', () => {
    setFiltersOpen(false);
    resultsHeading.focus();
  });
  filtersPanel.addEventListener('keydown', (event) => {
    // Escape closes the folded filters of a phone and gives the focus back to the button that opened them.
    if (event.key !== 'Escape' || !filtersPanel.classList.contains('is-open')) return;
    setFiltersOpen(false);
    filterToggle.focus();
  });
  moreButton.addEventListener('click', async () => {
    if (loadingMore) return;
    loadingMore = true;
    await showMore(generation, true).finally(() => (loadingMore = false));
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typing = false;
    writeForm(new URLSearchParams(location.search));
    void update();
  });

  // What the URL asks; without a search in it, what the reader may have typed before this script ran stays.
  if (location.search) writeForm(new URLSearchParams(location.search));
  await update();
}
