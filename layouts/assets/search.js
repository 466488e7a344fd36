// Search for the archive, on Pagefind's JavaScript API: a query, filters by topic, source,
// place and year (with counts for the current results), sorting by date, and the whole state
// in the address (/search/?q=…&topic=…&year=…&sort=date-desc) so a search can be shared.
//
// The index comes in bundles, each a stretch of time, oldest first (src/search-bundles.ts).
// They are merged into one Pagefind instance, each tagged with a "bundle" filter. A search by
// relevance runs once across all; a search sorted by date runs per bundle, and the bundles'
// sorted results are laid end to end, since Pagefind's own merge orders by score only.
//
// A first search loads only the newest bundle and shows its results at once; the older bundles
// are merged in right after, and the results grow to the whole archive. What a first search
// fetches stays the size of one bundle, however large the archive.

const FILTERS = [
  { key: "topic", label: "Topic" },
  { key: "source", label: "Source" },
  { key: "place", label: "Place" },
  { key: "year", label: "Year" },
];
const PAGE = 20;

const root = document.querySelector("[data-pagefind-bundles]");
const form = document.querySelector(".search-form");
const input = document.getElementById("search-q");
const sortSelect = document.getElementById("search-sort");
const filtersBox = document.getElementById("search-filters");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const moreButton = document.getElementById("search-more");

const bundles = root.dataset.pagefindBundles.split(" ").filter(Boolean);
const prefix = bundles[0].replace(/pagefind\/b0\/$/, "");
let pagefind;
let allFilters = {};
let current = { results: [], shown: 0 };
let searchNumber = 0;

function readState() {
  const params = new URLSearchParams(location.search);
  const state = { q: params.get("q") ?? "", sort: params.get("sort") ?? "", filters: {} };
  for (const { key } of FILTERS) {
    const values = params.getAll(key);
    if (values.length) state.filters[key] = values;
  }
  return state;
}

function writeState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const { key } of FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort) params.set("sort", state.sort);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function stateFromForm() {
  const filters = {};
  for (const box of filtersBox.querySelectorAll("input[type=checkbox]:checked")) {
    (filters[box.name] ??= []).push(box.value);
  }
  return { q: input.value.trim(), sort: sortSelect.value, filters };
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

// Pagefind's excerpt is HTML with <mark> around matches: keep the text and the marks only.
function safeExcerpt(excerptHtml) {
  const template = document.createElement("template");
  template.innerHTML = excerptHtml;
  const out = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === "MARK") out.append(element("mark", {}, node.textContent));
    else out.append(node.textContent ?? "");
  }
  return out;
}

function renderFilters(state, counts) {
  // Re-rendering replaces the checkboxes: keep keyboard focus on the one that had it.
  const focusedId = filtersBox.contains(document.activeElement) ? document.activeElement.id : null;
  filtersBox.replaceChildren();
  for (const { key, label } of FILTERS) {
    const chosen = state.filters[key] ?? [];
    // While a search is active, only values with results (or already chosen) are offered.
    const values = Object.keys(allFilters[key] ?? {}).filter((value) => !counts || counts === allFilters || (counts[key]?.[value] ?? 0) > 0 || chosen.includes(value));
    if (!values.length) continue;
    values.sort((a, b) => (key === "year" ? b.localeCompare(a) : (counts?.[key]?.[b] ?? 0) - (counts?.[key]?.[a] ?? 0) || a.localeCompare(b, "en")));
    const fieldset = element("fieldset", {}, element("legend", {}, label));
    for (const value of values) {
      const id = `filter-${key}-${value}`.replace(/[^A-Za-z0-9_-]/g, "_");
      const box = element("input", { type: "checkbox", name: key, value, id });
      box.checked = chosen.includes(value);
      const count = counts?.[key]?.[value] ?? 0;
      const row = element("label", { for: id }, box, element("span", {}, value), element("span", { class: "count" }, String(count)));
      fieldset.append(row);
    }
    filtersBox.append(fieldset);
  }
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function resultItem(data) {
  const title = data.meta?.title ?? data.url;
  const link = element("a", { href: data.url }, title);
  const meta = [data.meta?.date, data.meta?.source].filter(Boolean).join(" · ");
  const item = element("li", { class: "card" }, element("h2", { class: "card-title" }, link));
  if (meta) item.append(element("p", { class: "card-meta" }, meta));
  if (data.excerpt) item.append(element("p", { class: "card-excerpt" }, safeExcerpt(data.excerpt)));
  return item;
}

async function showMore() {
  const number = searchNumber;
  const slice = current.results.slice(current.shown, current.shown + PAGE);
  const data = await Promise.all(slice.map((result) => result.data()));
  if (number !== searchNumber) return;
  list.append(...data.map(resultItem));
  current.shown += slice.length;
  moreButton.hidden = current.shown >= current.results.length;
}

async function run(state) {
  const number = ++searchNumber;
  writeState(state);
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    moreButton.hidden = true;
    status.textContent = "Type a word to search the archive, or choose a filter.";
    renderFilters(state, allFilters);
    return;
  }
  status.textContent = "Searching…";
  const filters = {};
  for (const [key, values] of Object.entries(state.filters)) filters[key] = { any: values };
  let search = await searchAll(state.q || null, filters, state.sort);
  if (number !== searchNumber || !search) return;
  if (!olderMerged) {
    // The newest articles' results first; then the whole archive's.
    await showResults(state, search, " in the newest articles; searching the older ones…");
    await mergeOlderBundles();
    search = await searchAll(state.q || null, filters, state.sort);
    if (number !== searchNumber || !search) return;
  }
  if (!filtersLoaded) {
    // Show the results first; the filters' counts need every filter loaded, which costs more
    // than the search itself, so they follow.
    await showResults(state, search);
    await loadFilters();
    search = await searchAll(state.q || null, filters, state.sort);
    if (number !== searchNumber || !search) return;
    renderFilters(state, search.filters);
    return;
  }
  await showResults(state, search);
}

/** Shows a search's first results, then says how many there are: the count follows the list. */
async function showResults(state, search, partial = "") {
  const number = searchNumber;
  current = { results: search.results, shown: 0 };
  list.replaceChildren();
  await showMore();
  if (number !== searchNumber) return;
  const n = search.results.length;
  const described = state.q ? ` for “${state.q}”` : "";
  status.textContent = partial
    ? `${n.toLocaleString("en-US")} found${described}${partial}`
    : n === 0
      ? `No articles found${described}.`
      : `${n.toLocaleString("en-US")} article${n === 1 ? "" : "s"} found${described}.`;
  if (filtersLoaded) renderFilters(state, search.filters);
}

let filtersLoaded = false;
async function loadFilters() {
  if (filtersLoaded) return;
  try {
    allFilters = await pagefind.filters();
  } catch (error) {
    console.warn(error);
  }
  filtersLoaded = true;
}

/**
 * Merges the older bundles into the search, once. Until every merge has finished, searches use
 * the newest bundle alone: a search that starts while merging (the reader typed on) waits for
 * the same merge rather than reading a half-merged index.
 */
let olderMerged = bundles.length === 1;
let merging = null;
function mergeOlderBundles() {
  merging ??= (async () => {
    // One at a time: merged all at once (Pagefind 1.6), date-sorted results came out of order
    // in one browser run of two.
    for (let i = bundles.length - 2; i >= 0; i--) await pagefind.mergeIndex(bundles[i], { baseUrl: prefix, mergeFilter: { bundle: String(i) } });
    olderMerged = true;
  })();
  return merging;
}

/** One search across the bundles loaded; sorted by date, bundle by bundle (see the top of this file). */
async function searchAll(term, filters, sort) {
  const loaded = olderMerged ? bundles.map((_, i) => String(i)) : [String(bundles.length - 1)];
  if (!sort || loaded.length === 1) {
    return pagefind.search(term, sort ? { filters, sort: { date: sort === "date-asc" ? "asc" : "desc" } } : { filters });
  }
  const direction = sort === "date-asc" ? "asc" : "desc";
  const order = [...loaded];
  if (direction === "desc") order.reverse();
  const parts = await Promise.all(order.map((bundle) => pagefind.search(term, { filters: { ...filters, bundle: [bundle] }, sort: { date: direction } })));
  const counts = {};
  for (const part of parts) {
    for (const [key, values] of Object.entries(part?.filters ?? {})) {
      counts[key] ??= {};
      for (const [value, n] of Object.entries(values)) counts[key][value] = (counts[key][value] ?? 0) + n;
    }
  }
  return { results: parts.flatMap((part) => part?.results ?? []), filters: counts, totalFilters: parts[0]?.totalFilters };
}

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

async function start() {
  try {
    // The newest bundle leads; the older ones join after the first results (see the top).
    const newest = bundles.length - 1;
    pagefind = await import(`${bundles[newest]}pagefind.js`);
    const tagged = bundles.length > 1;
    await pagefind.options({ baseUrl: prefix, excerptLength: 24, ...(tagged ? { mergeFilter: { bundle: String(newest) } } : {}) });
    await pagefind.init();
  } catch (error) {
    status.textContent = "Search is not available: the search index could not be loaded.";
    console.warn(error);
    return;
  }
  // On a phone the filters start folded, so the results come first.
  if (window.matchMedia("(max-width: 46rem)").matches) document.getElementById("search-filters-box")?.removeAttribute("open");
  const state = readState();
  input.value = state.q;
  sortSelect.value = state.sort;
  // Arriving to browse, every bundle and filter is loaded now; arriving with a search, after
  // its first results.
  if (!state.q && !Object.keys(state.filters).length) {
    await mergeOlderBundles();
    await loadFilters();
  }
  renderFilters(state, allFilters);
  await run(state);

  const update = () => run(stateFromForm());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  input.addEventListener("input", debounce(update, 250));
  sortSelect.addEventListener("change", update);
  filtersBox.addEventListener("change", update);
  moreButton.addEventListener("click", showMore);
}

start();
