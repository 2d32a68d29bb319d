/**
 * The island of /recherche/: reads the form rendered at build time, asks
 * Pagefind for the pages with the words typed, filters, counts and sorts them
 * with the search table, writes the counts and results back, and keeps the
 * search in the URL: typing replaces the history entry of its burst of
 * keystrokes, a filter, the sort or Enter adds one, the back button restores
 * the previous search. On a phone the filters fold into a disclosure
 * (« Filtrer (n) »); on every width the chosen ones show as chips above the
 * results, each removable.
 *
 * The page comes with the counts of the whole index (src/lib/search-facets.ts):
 * it is ready before anything of the search loads. Pagefind and the table load
 * once the page is idle, or as soon as the reader reaches the form, so that the
 * first results do not wait for them; the form is there before either, and
 * never moves.
 */
import { countOf, quoted } from '../../lib/format.ts';
import { CONTENT_TYPE_SEARCH_PARAM, NATURE_SEARCH_PARAM, natures, type FacetTerm } from '../../lib/search-params.ts';
import { chosenLabels, hasCriteria, isSortOrder, orderResults, QUERY_PARAM, searchQuery, SORT_PARAM, type SearchState } from '../../lib/search-query.ts';
import type { FacetCounts } from '../../lib/search-table.ts';
import { loadSearchEngine, type ResultData, type SearchEngine, type SearchResult } from './pagefind.ts';
import { chipItem, doneLabel, resultItem, statusText, type ResultFacts } from './search-results.ts';

const PAGE_SIZE = 10;
/**
 * The pause in typing that starts a search: it only gathers keys that come in a burst (a
 * paste, a fast typist); a reader who stops typing waits this long before the search starts,
 * and Pagefind's own search, in its worker, then takes 100–150 ms at 1,000 cases. A search a
 * newer one overtakes is dropped before its results load.
 */
const TYPING_DELAY_MS = 30;
/**
 * Pagefind matches the last word as the start of longer ones: one or two letters
 * would load the index of every word they start (hundreds of KB at 5,000 cases).
 * Typing searches once the word has three letters; Enter searches whatever it is.
 */
const SEARCH_MIN_LETTERS = 3;
/** Preloading waits for the fourth letter: three letters start so many words that most of the index they fetch would go unused. */
const PRELOAD_MIN_LETTERS = 4;

const lastWordLength = (words: string) => words.split(/\s+/).at(-1)?.length ?? 0;

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
  const startHints = required<HTMLElement>(form, '[data-start]');
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

  let engineLoading: Promise<SearchEngine> | undefined;
  /** Pagefind and the search table, loaded once, when first asked for. */
  const engine = () =>
    (engineLoading ??= loadSearchEngine(form.dataset.pagefind ?? '', form.dataset.table ?? '').catch((error: unknown) => {
      form.hidden = true;
      required<HTMLElement>(document, '[data-search-unavailable]').hidden = false;
      console.warn('The search could not be loaded (no index: build the site with npm run build).', error);
      throw error;
    }));
  /** Starts loading ahead of a search; a failure is reported once, above, and by the search that needed it. */
  const prepare = () => void engine().catch(() => undefined);
  /**
   * Once the reader reaches the form, Pagefind lists every page (what filter-only searches start
   * from): that also readies its WebAssembly, whose first search otherwise takes three times as
   * long (~350 ms instead of ~100 at 1,000 cases). Not before: the list is a long task for the page.
   */
  const warmUp = () => void engine().then(({ everyPage }) => everyPage()).catch(() => undefined);

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

  const renderCounts = (counts: FacetCounts | null) => {
    for (const box of checkboxes) {
      countSpan(box).textContent = counts ? `(${counts[box.name]?.[box.dataset.label ?? ''] ?? 0})` : (indexCounts.get(box) ?? '');
    }
    for (const facet of facets) {
      const chosen = facet.querySelectorAll('input:checked').length;
      required<HTMLElement>(facet, '[data-facet-chosen]').textContent = chosen > 0 ? ` — ${countOf(chosen, 'choisi', 'choisis')}` : '';
    }
  };

  let generation = 0;
  /** The results of the current search, in the order shown, each with what the search table says of it. */
  let shown: { result: SearchResult; facts: () => ResultFacts }[] = [];
  let shownWithExcerpt = false;
  let loadingMore = false;

  /**
   * Appends the next page of results, unless a newer search started meanwhile.
   * The first result's data is asked for alone, so that no other request delays
   * it; the others then load in parallel, and each shows as soon as it and those
   * before it are there.
   */
  const showMore = async (searchGeneration: number, focusFirst: boolean) => {
    const from = list.children.length;
    const next = shown.slice(from, from + PAGE_SIZE);
    const data: Promise<ResultData>[] = next.slice(0, 1).map(({ result }) => result.data());
    for (const [index, { facts }] of next.entries()) {
      const loaded = await data[index]!;
      if (index === 0) data.push(...next.slice(1).map(({ result }) => result.data()));
      const item = resultItem(template, loaded, facts(), shownWithExcerpt);
      if (searchGeneration !== generation) return;
      const link = item.querySelector('a');
      list.append(item);
      list.hidden = false;
      if (focusFirst && index === 0) link?.focus();
    }
    moreButton.hidden = list.children.length >= shown.length;
  };

  /**
   * The pages of a search with criteria, in the order shown, and the count of each label among them
   * (for a facet in use, what choosing another of its labels would add).
   */
  const find = async (state: SearchState) => {
    const { pagefind, table, everyPage } = await engine();
    const results = state.query ? (await pagefind.search(state.query)).results : await everyPage();
    const rows = new Map<number, SearchResult>();
    for (const result of results) {
      const row = table.rowOf(result.id);
      if (row === undefined) console.warn(`search: ${result.id} is not in the search table (a table older than the index?)`);
      else rows.set(row, result);
    }
    const selected = table.select(rows.keys(), chosenLabels(state));
    const ordered = orderResults(selected.rows, state.sort, {
      yearOf: (row) => table.yearOf(row),
      isReal: (row) => table.has(row, NATURE_SEARCH_PARAM, natures.reel),
    });
    // What the table says of a result, read for the few shown only.
    const facts = (row: number) => (): ResultFacts => ({
      type: table.labelsOf(row, CONTENT_TYPE_SEARCH_PARAM)[0],
      illustrative: table.has(row, NATURE_SEARCH_PARAM, natures.illustratif),
      year: table.yearOf(row),
    });
    return { results: ordered.map((row) => ({ result: rows.get(row)!, facts: facts(row) })), counts: selected.counts };
  };

  /** Runs the search the form describes and renders it; a newer search makes an older one drop its results. */
  const refresh = async () => {
    const current = ++generation;
    const state = readForm();
    renderChosen();
    resultsRegion.setAttribute('aria-busy', 'true');
    // Without criteria, nothing to search: the page's own counts and its starting points stand.
    const found = hasCriteria(state) ? await find(state) : null;
    if (current !== generation) return;
    startHints.hidden = found !== null;
    shown = found?.results ?? [];
    shownWithExcerpt = state.query !== '';
    list.replaceChildren();
    list.hidden = true;
    moreButton.hidden = true;
    await showMore(current, false);
    if (current !== generation) return;
    renderCounts(found?.counts ?? null);
    status.textContent = statusText(state, found ? shown.length : null, total);
    doneButton.textContent = doneLabel(found ? shown.length : null);
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
    if (lastWordLength(words) >= PRELOAD_MIN_LETTERS) void engine().then(({ pagefind }) => pagefind.preload(words)).catch(() => undefined);
    clearTimeout(typingTimer);
    if (words !== '' && lastWordLength(words) < SEARCH_MIN_LETTERS) return;
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

  // The search loads once the page has loaded and the browser is idle, or as soon as the reader reaches the form.
  form.addEventListener('focusin', warmUp, { once: true });
  form.addEventListener('pointerdown', warmUp, { once: true });
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(prepare) : setTimeout(prepare));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });

  // What the URL asks; without a search in it, what the reader may have typed before this script ran stays.
  if (location.search) writeForm(new URLSearchParams(location.search));
  await update();
}
