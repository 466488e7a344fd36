// Search for the archive, on Pagefind's JavaScript API: a query, filters by topic, source,
// place, year and language (with counts for the current results), sorting by date, and the
// whole state in the address (/search/?q=…&language=fa&sort=date-desc) so a search can be shared.
//
// Languages. Pagefind keeps an index per language in each bundle (each with its stemmer), and a
// Pagefind instance searches one language: the one its page's <html lang> names, read as it
// starts, with that language's WebAssembly. So each language of the archive gets its own
// instance ("engine"): its own copy of pagefind.js (imported with ?language=…, so the browser
// keeps them apart, each with its own worker and WebAssembly), started while <html lang> says
// its language for a moment. Results of several languages are merged by score, or by date when
// sorted. A query in a script other than Latin searches only the languages written in it; a
// Latin one searches all (names and acronyms turn up in text of every language).
//
// Bundles. The index comes in bundles, each a stretch of time, oldest first
// (src/search-bundles.ts). Each engine starts with the newest bundle that has its language and
// merges its older ones into the same instance, each tagged with a "bundle" filter. A search by
// relevance runs once across them; a search sorted by date runs per bundle, and the bundles'
// sorted results are laid end to end, since Pagefind's own merge orders by score only. A first
// search shows the newest bundles' results at once; the older bundles are merged in right after.

const FILTERS = [
  { key: "language", label: "language" },
  { key: "topic", label: "topic" },
  { key: "source", label: "source" },
  { key: "place", label: "place" },
  { key: "year", label: "year" },
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

const data = JSON.parse(document.getElementById("search-data").textContent);
const WORDS = data.words;
const numbers = new Intl.NumberFormat(data.locale);
const years = new Intl.NumberFormat(data.locale, { useGrouping: false });
const bundles = root.dataset.pagefindBundles.split(" ").filter(Boolean);
const prefix = bundles[0].replace(/pagefind\/b0\/$/, "");
const languageNames = Object.fromEntries(data.languages.map((l) => [l.code, l.name]));

/** One Pagefind instance per language: `bundles` are the indexes of those that have it, oldest first. */
const engines = data.languages.map((language) => ({
  code: language.code,
  dir: language.dir,
  bundles: language.bundles,
  count: language.count,
  pagefind: null,
  starting: null,
  olderMerged: language.bundles.length === 1,
  merging: null,
  filters: null,
}));

let allFilters = { language: Object.fromEntries(engines.map((e) => [e.code, e.count])) };
let current = { total: 0, shown: 0, take: async () => [] };
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
  // No filter is offered before one language's filters have loaded: their counts come with them.
  if (!engines.some((e) => e.filters)) return;
  const ids = new Set();
  for (const { key, label } of FILTERS) {
    const chosen = state.filters[key] ?? [];
    // While a search is active, only values with results (or already chosen) are offered.
    const values = Object.keys(allFilters[key] ?? {}).filter((value) => !counts || counts === allFilters || (counts[key]?.[value] ?? 0) > 0 || chosen.includes(value));
    // A language filter is worth showing only when there are several to choose from.
    if (!values.length || (key === "language" && values.length < 2 && !chosen.length)) continue;
    values.sort((a, b) => (key === "year" ? b.localeCompare(a) : (counts?.[key]?.[b] ?? 0) - (counts?.[key]?.[a] ?? 0) || a.localeCompare(b, data.locale)));
    const fieldset = element("fieldset", {}, element("legend", {}, WORDS[label]));
    for (const value of values) {
      let id = `filter-${key}-${value}`.replace(/[^A-Za-z0-9_-]/g, "_");
      if (ids.has(id)) id = `${id}-${ids.size}`;
      ids.add(id);
      const box = element("input", { type: "checkbox", name: key, value, id });
      box.checked = chosen.includes(value);
      const count = counts?.[key]?.[value] ?? 0;
      const shown = key === "language" ? (languageNames[value] ?? value) : key === "year" ? years.format(Number(value)) : value;
      const name = element("span", key === "language" || key === "year" ? {} : { dir: "auto" }, shown);
      const row = element("label", { for: id }, box, name, element("span", { class: "count" }, numbers.format(count)));
      fieldset.append(row);
    }
    filtersBox.append(fieldset);
  }
  if (focusedId) document.getElementById(focusedId)?.focus();
}

/** A result card, in its article's language and direction; its line of facts in the site's. */
function resultItem(result) {
  const title = result.meta?.title ?? result.url;
  const language = result.meta?.language;
  const engine = engines.find((e) => e.code === language);
  const own = language ? { lang: language, dir: engine?.dir ?? "auto" } : { dir: "auto" };
  const link = element("a", { href: result.url }, title);
  const meta = [result.meta?.date, result.meta?.source].filter(Boolean).join(" · ");
  const item = element("li", { class: "card", ...own }, element("h2", { class: "card-title" }, link));
  if (meta) item.append(element("p", { class: "card-meta", lang: document.documentElement.lang, dir: document.documentElement.dir || "ltr" }, meta));
  if (result.excerpt) item.append(element("p", { class: "card-excerpt" }, safeExcerpt(result.excerpt)));
  return item;
}

async function showMore() {
  const number = searchNumber;
  const shown = await current.take(PAGE);
  if (number !== searchNumber) return;
  list.append(...shown.map(resultItem));
  current.shown += shown.length;
  moreButton.hidden = current.shown >= current.total;
}

function fill(template, n, q) {
  return template.replace("{n}", numbers.format(n)).replace("{for}", q ? WORDS.forQuery.replace("{q}", q) : "");
}

/**
 * The engines a search runs on (see the top): `first` answers at once, `later` joins right
 * after. The languages chosen, if any; else those written in the query's script. A Latin query
 * searches the Latin-script languages first and every other language after.
 */
function enginesFor(state) {
  const chosen = state.filters.language;
  if (chosen?.length) return { first: engines.filter((e) => chosen.includes(e.code)), later: [] };
  const scripts = scriptsOf(state.q);
  if (!scripts.size) return { first: engines, later: [] };
  const matching = engines.filter((e) => scripts.has(scriptOf(e.code)));
  if (!matching.length) return { first: engines, later: [] };
  return { first: matching, later: scripts.has("Latin") ? engines.filter((e) => !matching.includes(e)) : [] };
}

const SCRIPTS = ["Latin", "Arabic", "Hebrew", "Cyrillic", "Greek", "Han", "Hiragana", "Katakana", "Hangul", "Thai", "Devanagari", "Bengali", "Armenian", "Georgian", "Tamil", "Ethiopic"];
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, "u")]);
const LANGUAGE_SCRIPTS = {
  Arabic: ["ar", "fa", "ur", "ps", "ckb", "sd", "ug", "prs"],
  Hebrew: ["he", "yi"],
  Cyrillic: ["ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"],
  Greek: ["el"],
  Han: ["zh", "ja"],
  Hangul: ["ko"],
  Thai: ["th"],
  Devanagari: ["hi", "mr", "ne"],
  Bengali: ["bn"],
  Armenian: ["hy"],
  Georgian: ["ka"],
  Tamil: ["ta"],
  Ethiopic: ["am", "ti"],
};

function scriptOf(language) {
  for (const [script, languages] of Object.entries(LANGUAGE_SCRIPTS)) if (languages.includes(language)) return script;
  return "Latin";
}

function scriptsOf(text) {
  const found = new Set();
  for (const ch of text) {
    for (const [name, pattern] of SCRIPT_PATTERNS) {
      if (pattern.test(ch)) found.add(name === "Hiragana" || name === "Katakana" ? "Han" : name);
    }
  }
  return found;
}

async function run(state) {
  const number = ++searchNumber;
  writeState(state);
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    moreButton.hidden = true;
    status.textContent = WORDS.typeOrFilter;
    renderFilters(state, allFilters);
    return;
  }
  status.textContent = WORDS.searching;
  const { first, later } = enginesFor(state);
  let chosen = first;
  await Promise.all(chosen.map(startEngine));
  if (number !== searchNumber) return;
  const filters = {};
  for (const [key, values] of Object.entries(state.filters)) if (key !== "language") filters[key] = { any: values };
  let search = await searchEngines(chosen, state.q || null, filters, state.sort);
  if (number !== searchNumber || !search) return;
  if (later.length || chosen.some((e) => !e.olderMerged)) {
    // The first languages' newest articles first; then the whole archive's.
    await showResults(state, search, true);
    chosen = [...first, ...later];
    await Promise.all(later.map(startEngine));
    await Promise.all(chosen.map(mergeOlderBundles));
    search = await searchEngines(chosen, state.q || null, filters, state.sort);
    if (number !== searchNumber || !search) return;
  }
  if (chosen.some((e) => !e.filters)) {
    // Show the results first; the filters' counts need every filter loaded, which costs more
    // than the search itself, so they follow.
    await showResults(state, search);
    await Promise.all(chosen.map(loadFilters));
    search = await searchEngines(chosen, state.q || null, filters, state.sort);
    if (number !== searchNumber || !search) return;
    renderFilters(state, search.filters);
    return;
  }
  await showResults(state, search);
}

/** Shows a search's first results, then says how many there are: the count follows the list. */
async function showResults(state, search, partial = false) {
  const number = searchNumber;
  current = search.results;
  list.replaceChildren();
  await showMore();
  if (number !== searchNumber) return;
  const n = current.total;
  status.textContent = fill(partial ? WORDS.foundPartial : n === 0 ? WORDS.noneFound : n === 1 ? WORDS.oneFound : WORDS.manyFound, n, state.q);
  if (engines.some((e) => e.filters)) renderFilters(state, search.filters);
}

/** Every filter value of the languages loaded, with its count, and the count of each language. */
async function loadFilters(engine) {
  if (engine.filters) return;
  try {
    engine.filters = await engine.pagefind.filters();
  } catch (error) {
    console.warn(error);
    engine.filters = {};
  }
  allFilters = sumCounts([{ language: allFilters.language }, ...engines.filter((e) => e.filters).map((e) => e.filters)]);
  delete allFilters.bundle;
}

function sumCounts(parts) {
  const counts = {};
  for (const part of parts) {
    for (const [key, values] of Object.entries(part ?? {})) {
      counts[key] ??= {};
      for (const [value, n] of Object.entries(values)) counts[key][value] = (counts[key][value] ?? 0) + n;
    }
  }
  return counts;
}

/**
 * Starts a language's engine on the newest bundle that has the language. Pagefind reads the
 * language to open from <html lang> as it starts: the page names the engine's language for that
 * one synchronous step, and its own again before anything else runs.
 */
function startEngine(engine) {
  engine.starting ??= (async () => {
    const newest = engine.bundles[engine.bundles.length - 1];
    const pagefind = await import(`${bundles[newest]}pagefind.js?language=${encodeURIComponent(engine.code)}`);
    await pagefind.options({ baseUrl: prefix, excerptLength: 24, ...(bundles.length > 1 ? { mergeFilter: { bundle: String(newest) } } : {}) });
    const html = document.documentElement;
    const pageLanguage = html.getAttribute("lang");
    html.setAttribute("lang", engine.code);
    const started = pagefind.init();
    html.setAttribute("lang", pageLanguage);
    await started;
    engine.pagefind = pagefind;
  })();
  return engine.starting;
}

/**
 * Merges a language's older bundles into its search, once. Until every merge has finished,
 * searches use its newest bundle alone: a search that starts while merging (the reader typed on)
 * waits for the same merge rather than reading a half-merged index.
 */
function mergeOlderBundles(engine) {
  engine.merging ??= (async () => {
    // One at a time: merged all at once (Pagefind 1.6), date-sorted results came out of order
    // in one browser run of two.
    for (const i of [...engine.bundles].reverse().slice(1)) {
      await engine.pagefind.mergeIndex(bundles[i], { baseUrl: prefix, language: engine.code, mergeFilter: { bundle: String(i) } });
    }
    engine.olderMerged = true;
  })();
  return engine.merging;
}

/** One language's search across its bundles loaded; sorted by date, bundle by bundle (see the top). */
async function searchEngine(engine, term, filters, sort) {
  const loaded = engine.olderMerged ? engine.bundles.map(String) : [String(engine.bundles[engine.bundles.length - 1])];
  if (!sort || engine.bundles.length === 1) {
    return engine.pagefind.search(term, sort ? { filters, sort: { date: sort === "date-asc" ? "asc" : "desc" } } : { filters });
  }
  // Sorted, always bundle by bundle, even before the older ones are merged: while a merge is
  // under way, an unfiltered search also returns the merging bundle's results, unsorted, at the end.
  const direction = sort === "date-asc" ? "asc" : "desc";
  const order = [...loaded];
  if (direction === "desc") order.reverse();
  // One bundle at a time: run at once, the sorted searches of one instance came out of order
  // now and then while it was still loading index chunks (a flaky browser test).
  const parts = [];
  for (const bundle of order) parts.push(await engine.pagefind.search(term, { filters: { ...filters, bundle: [bundle] }, sort: { date: direction } }));
  // Each bundle's results stay a list of their own: they are merged by the date each carries
  // (mergedByDate), never laid end to end on the assumption that the bundles come in order.
  const lists = parts.map((part) => part?.results ?? []);
  return { results: lists.flat(), lists, filters: sumCounts(parts.map((part) => part?.filters)) };
}

/**
 * One search on several languages: their results by score, or by date when sorted (each
 * language's are in date order already; they are merged by the date each result carries, read
 * only for the results shown and the next of each language).
 */
async function searchEngines(chosen, term, filters, sort) {
  const searches = await Promise.all(
    chosen.map(async (engine) => {
      try {
        return { engine, search: await searchEngine(engine, term, filters, sort) };
      } catch (error) {
        console.warn(error);
        return { engine, search: { results: [], filters: {} } };
      }
    }),
  );
  const counts = sumCounts(searches.map(({ search }) => search.filters));
  delete counts.bundle;
  counts.language = Object.fromEntries(searches.map(({ engine, search }) => [engine.code, search.results.length]));
  const lists = searches.flatMap(({ search }) => (sort && search.lists ? search.lists : [search.results])).filter((results) => results.length);
  const total = lists.reduce((n, results) => n + results.length, 0);
  return { results: sort ? mergedByDate(lists, sort === "date-asc" ? 1 : -1, total) : mergedByScore(lists, total), filters: counts };
}

function mergedByScore(lists, total) {
  const results = lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => b.score - a.score);
  let next = 0;
  return {
    total,
    shown: 0,
    async take(n) {
      const slice = results.slice(next, next + n);
      next += slice.length;
      return Promise.all(slice.map((result) => result.data()));
    },
  };
}

function mergedByDate(lists, direction, total) {
  const heads = lists.map(() => 0);
  const loaded = new Map();
  const load = (result) => {
    if (!loaded.has(result)) loaded.set(result, result.data());
    return loaded.get(result);
  };
  return {
    total,
    shown: 0,
    async take(n) {
      const out = [];
      while (out.length < n) {
        const candidates = await Promise.all(lists.map((results, i) => (heads[i] < results.length ? load(results[heads[i]]) : null)));
        let best = -1;
        for (let i = 0; i < candidates.length; i++) {
          const key = candidates[i]?.meta?.sorted ?? "";
          if (candidates[i] && (best < 0 || direction * key.localeCompare(candidates[best]?.meta?.sorted ?? "") < 0)) best = i;
        }
        if (best < 0) break;
        out.push(candidates[best]);
        heads[best]++;
      }
      return out;
    },
  };
}

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

async function start() {
  const state = readState();
  try {
    // The engines a first search needs start now; the others when a search needs them.
    await Promise.all(enginesFor(state).first.map(startEngine));
  } catch (error) {
    status.textContent = WORDS.unavailable;
    console.warn(error);
    return;
  }
  // On a phone the filters start folded, so the results come first.
  if (window.matchMedia("(max-width: 46rem)").matches) document.getElementById("search-filters-box")?.removeAttribute("open");
  input.value = state.q;
  sortSelect.value = state.sort;
  // Arriving to browse, every language, bundle and filter is loaded now; arriving with a
  // search, after its first results.
  if (!state.q && !Object.keys(state.filters).length) {
    await Promise.all(engines.map(async (engine) => {
      await startEngine(engine);
      await mergeOlderBundles(engine);
      await loadFilters(engine);
    }));
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
