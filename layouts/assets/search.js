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
// The page names only the number of bundles and each language's oldest and newest; the list of
// bundles that hold each language, and their stretches of time, are read (data-bundle-list) once
// older bundles join, so a first search costs the same however many bundles there are.

const FILTERS = [
  { key: "language", label: "language" },
  { key: "topic", label: "topic" },
  { key: "source", label: "source" },
  { key: "place", label: "place" },
  { key: "year", label: "year" },
];
const PAGE = 20;

const root = document.querySelector("[data-pagefind]");
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
/** The bundles' folder ("/my-archive/pagefind/"): bundle i is at b{i}/ in it. */
const pagefindDir = root.dataset.pagefind;
const bundlePath = (i) => `${pagefindDir}b${i}/`;
const prefix = pagefindDir.replace(/pagefind\/$/, "");
const languageNames = Object.fromEntries(data.languages.map((l) => [l.code, l.name]));

/**
 * The bundle list (/search/bundles.json): `languages`, the bundles that hold each language, oldest
 * first; `dates`, each bundle's stretch of time. Read once, when older bundles first join.
 */
let bundleList = null;
/** Each bundle's stretch of time, once the bundle list has arrived. */
let bundleDates = null;
function loadBundleList() {
  bundleList ??= fetchJson(root.dataset.bundleList).then((list) => {
    bundleDates = list.dates;
    return list;
  });
  return bundleList;
}

/** A JSON file of the site's, or an error saying which and why. */
async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} fetching ${response.url}`);
  return response.json();
}

/** One Pagefind instance per language: `oldest` and `newest`, the first and last bundles that have it. */
const engines = data.languages.map((language) => ({
  code: language.code,
  dir: language.dir,
  oldest: language.oldest,
  newest: language.newest,
  count: language.count,
  pagefind: null,
  starting: null,
  /** The bundles merged into its instance so far, newest first. */
  merged: [],
  olderMerged: language.oldest === language.newest,
  merging: null,
  /** Its tasks in turn (see exclusive). */
  queue: Promise.resolve(),
  filters: null,
}));

let allFilters = { language: Object.fromEntries(engines.map((e) => [e.code, e.count])) };
/**
 * Whether allFilters holds the whole archive's counts (/search/filters.json, data-filter-counts):
 * read when the page is for browsing (no words, no filter), so a reader arriving to browse gets
 * the filters without merging every bundle and loading its filter files (24 MB in 6,662 files at
 * a million articles).
 */
let archiveCounted = false;
let archiveCounts = null;
function loadArchiveCounts() {
  archiveCounts ??= (async () => {
    try {
      const byLanguage = await fetchJson(root.dataset.filterCounts);
      allFilters = sumCounts([{ language: allFilters.language }, ...Object.values(byLanguage)]);
      archiveCounted = true;
    } catch (error) {
      // The filters then wait for the bundles' own, as after a search.
      console.warn(error);
    }
  })();
  return archiveCounts;
}
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
  // No filter is offered before their counts are known: the whole archive's when browsing, or
  // one language's filters loaded, whose counts come with them. Meanwhile (a minute in an
  // archive of a million, after a search) the box says what it is waiting for.
  // `counts` null: a search's, not known yet; the archive's values stay, each count "…".
  if (!engines.some((e) => e.filters) && !(archiveCounted && (counts === allFilters || counts === null))) {
    filtersBox.append(element("p", { class: "search-filters-loading" }, WORDS.filtersLoading));
    return;
  }
  const ids = new Set();
  for (const { key, label } of FILTERS) {
    const chosen = state.filters[key] ?? [];
    // While a search is active, only values with results (or already chosen) are offered.
    const values = Object.keys(allFilters[key] ?? {}).filter((value) => !counts || counts === allFilters || (counts[key]?.[value] ?? 0) > 0 || chosen.includes(value));
    // A language filter is worth showing only when there are several to choose from.
    if (!values.length || (key === "language" && values.length < 2 && !chosen.length)) continue;
    const order = counts ?? allFilters;
    values.sort((a, b) => (key === "year" ? b.localeCompare(a) : (order[key]?.[b] ?? 0) - (order[key]?.[a] ?? 0) || a.localeCompare(b, data.locale)));
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
      const row = element("label", { for: id }, box, name, element("span", { class: "count" }, counts ? numbers.format(count) : "\u2026"));
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

/** The search running now, whose results and count the bundles merged in the background refresh. */
let active = null;

async function run(state) {
  const number = ++searchNumber;
  writeState(state);
  active = null;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    list.removeAttribute("aria-busy");
    moreButton.hidden = true;
    status.textContent = WORDS.typeOrFilter;
    renderFilters(state, allFilters);
    if (!archiveCounted) {
      await loadArchiveCounts();
      // Without them (a failed request), every language's bundles and filters, as a search loads them.
      if (!archiveCounted) {
        await Promise.all(
          engines.map(async (engine) => {
            await startEngine(engine);
            await mergeOlderBundles(engine);
            await loadFilters(engine);
          }),
        );
      }
      if (number === searchNumber) renderFilters(state, allFilters);
    }
    return;
  }
  status.textContent = WORDS.searching;
  // The archive's counts are not this search's: until the bundles' filters give those, the
  // boxes stay, their counts unknown.
  if (archiveCounted && !engines.some((e) => e.filters)) renderFilters(state, null);
  const { first, later } = enginesFor(state);
  await Promise.all(first.map(startEngine));
  if (number !== searchNumber) return;
  const filters = {};
  for (const [key, values] of Object.entries(state.filters)) if (key !== "language") filters[key] = { any: values };
  const search = { number, state, term: state.q || null, filters, engines: [...first], laterPending: later.length > 0 };
  active = search;
  // The first results: the newest bundle of each language the query is written in.
  await refresh(search);
  if (number !== searchNumber) return;
  // Then, in the background, the other languages and every older bundle, newest first; each
  // round of bundles merged refreshes the count (see bundlesMerged).
  await Promise.all(
    later.map(async (engine) => {
      await startEngine(engine);
      if (number === searchNumber) search.engines.push(engine);
    }),
  );
  search.laterPending = false;
  if (number !== searchNumber) return;
  await Promise.all(search.engines.map((engine) => mergeOlderBundles(engine, state.sort === "date-asc")));
  if (number !== searchNumber) return;
  await refresh(search);
  if (search.engines.some((e) => !e.filters)) {
    // The filters' counts need every filter loaded, which costs more than the search itself:
    // they follow the whole archive's results.
    await Promise.all(search.engines.map(loadFilters));
    if (number !== searchNumber) return;
    // The same search again, for the filters' counts only: the list stays as it is.
    const found = await searchEngines(search.engines, search.term, search.filters, null);
    if (number !== searchNumber) return;
    renderFilters(state, found.filters);
  }
}

/**
 * Runs the active search again on the bundles merged so far and shows it. Refreshes run one at a
 * time; one asked for while another runs covers every request made meanwhile.
 */
function refresh(search) {
  search.asked = (search.asked ?? 0) + 1;
  search.chain = (search.chain ?? Promise.resolve()).then(async () => {
    if (search.number !== searchNumber || (search.answered ?? 0) >= search.asked) return;
    search.answered = search.asked;
    const complete = !search.laterPending && search.engines.every((e) => e.olderMerged);
    // Sorted by date, the bundles merged so far give the first results in order as long as the
    // newest (or, oldest first, the oldest) bundle is among them: the bundles merge in that order.
    const { sort } = search.state;
    const inOrder = sort === "date-desc" || (sort === "date-asc" && search.engines.every((e) => e.merged.includes(e.oldest)));
    const found = await searchEngines(search.engines, search.term, search.filters, sort);
    if (search.number !== searchNumber) return;
    await showResults(search.state, found, complete, inOrder, search.number);
  });
  return search.chain;
}

/**
 * A round of older bundles has been merged: while the active search's first page is not full
 * (a rare word), its results and count follow at once. Once a page is shown, the count waits for
 * the last round: a search across hundreds of bundles is not free (refreshed after every round,
 * 500,000 articles took 98-152 s to search whole instead of 22).
 */
function bundlesMerged() {
  if (active && active.number === searchNumber && list.children.length < PAGE) return refresh(active);
  return null;
}

/**
 * Shows a search's results and says how many there are (the count follows the list). While older
 * bundles are still being searched, the count says "so far"; by relevance, the list, once it shows
 * a page, stays as it is (it does not reorder under the reader) and the whole archive's results
 * replace it once every bundle has answered, as many as were shown; sorted by date, the list
 * grows in order (`inOrder`: the results so far are the first ones), or waits for the bundles
 * that come first.
 */
async function showResults(state, search, complete, inOrder, number) {
  if (number !== searchNumber) return;
  const sorted = Boolean(state.sort);
  if (complete || (sorted ? inOrder : list.children.length < PAGE)) {
    const showing = Math.max(PAGE, list.children.length);
    const shown = await search.results.take(showing);
    if (number !== searchNumber) return;
    current = search.results;
    list.replaceChildren(...shown.map(resultItem));
    current.shown = shown.length;
    moreButton.hidden = current.shown >= current.total;
  } else if (sorted) {
    list.replaceChildren();
    moreButton.hidden = true;
  }
  if (complete) list.removeAttribute("aria-busy");
  else list.setAttribute("aria-busy", "true");
  const n = search.results.total;
  status.textContent = fill(!complete ? WORDS.foundPartial : n === 0 ? WORDS.noneFound : n === 1 ? WORDS.oneFound : WORDS.manyFound, n, state.q);
  if (engines.some((e) => e.filters)) renderFilters(state, search.filters);
}

/** Every filter value of the languages loaded, with its count, and the count of each language. */
async function loadFilters(engine) {
  if (engine.filters) return;
  try {
    engine.filters = await exclusive(engine, () => engine.pagefind.filters());
  } catch (error) {
    console.warn(error);
    engine.filters = {};
  }
  // The whole archive's counts, once read, are these of every language already.
  if (archiveCounted) return;
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
 * Runs `task` on an engine once every task queued before it has finished: a search never runs
 * while bundles are being merged into its instance (it would see a half-merged index).
 */
function exclusive(engine, task) {
  const result = engine.queue.then(task);
  engine.queue = result.catch(() => undefined);
  return result;
}

/**
 * Starts a language's engine on the newest bundle that has the language. Pagefind reads the
 * language to open from <html lang> as it starts: the page names the engine's language for that
 * one synchronous step, and its own again before anything else runs.
 */
function startEngine(engine) {
  engine.starting ??= (async () => {
    const { newest } = engine;
    const pagefind = await import(`${bundlePath(newest)}pagefind.js?language=${encodeURIComponent(engine.code)}`);
    await pagefind.options({ baseUrl: prefix, excerptLength: 24, ...(data.bundles > 1 ? { mergeFilter: { bundle: String(newest) } } : {}) });
    const html = document.documentElement;
    const pageLanguage = html.getAttribute("lang");
    html.setAttribute("lang", engine.code);
    const started = pagefind.init();
    html.setAttribute("lang", pageLanguage);
    await started;
    engine.pagefind = pagefind;
    engine.merged = [newest];
  })();
  return engine.starting;
}

/** Older bundles merged at once: one, then twice as many each round, up to this. */
const ROUND_MAX = 32;

/**
 * Merges a language's older bundles into its search, once, newest first (`oldestFirst`, for a
 * search sorted oldest first: the oldest, then the newest of the rest): a round of one bundle,
 * then two, four… up to ROUND_MAX, so the articles a first search shows join first and a large
 * archive takes few rounds. Each round is merged with no search running (see exclusive), then
 * the active search is refreshed. Oldest first, the oldest bundle joins before the bundle list
 * is read: a first search sorted oldest first needs no more.
 */
function mergeOlderBundles(engine, oldestFirst = false) {
  engine.merging ??= (async () => {
    if (engine.olderMerged) return;
    if (oldestFirst) {
      await mergeRound(engine, [engine.oldest]);
      await bundlesMerged();
    }
    const list = await loadBundleList();
    const older = (list.languages[engine.code] ?? []).filter((i) => !engine.merged.includes(i)).reverse();
    for (let size = 1; older.length; size = Math.min(size * 2, ROUND_MAX)) {
      await mergeRound(engine, older.splice(0, size));
      // The next round waits for the results this one brought (it would hold up their reading).
      if (older.length) await bundlesMerged();
    }
    engine.olderMerged = true;
  })();
  return engine.merging;
}

/** Merges bundles into a language's instance, with no search running meanwhile. */
async function mergeRound(engine, round) {
  await exclusive(engine, () =>
    Promise.all(round.map((i) => engine.pagefind.mergeIndex(bundlePath(i), { baseUrl: prefix, language: engine.code, mergeFilter: { bundle: String(i) } }))),
  );
  engine.merged.push(...round);
}

/**
 * One language's search across its bundles merged so far. By relevance, one search (Pagefind
 * merges its bundles' results by score). Sorted by date, the same search gives the count and the
 * filters' counts, and each bundle's own sorted results are read only when the merge by date
 * reaches them (mergedByDate): one bundle is a stretch of time.
 */
async function searchEngine(engine, term, filters) {
  return exclusive(engine, async () => {
    const found = await engine.pagefind.search(term, { filters });
    // Pagefind counts the results of each bundle (its merge filter): only those with some are read.
    const perBundle = found?.filters?.bundle;
    const sources =
      engine.oldest === engine.newest
        ? [{ engine, bundle: null }]
        : engine.merged.filter((bundle) => !perBundle || (perBundle[String(bundle)] ?? 0) > 0).map((bundle) => ({ engine, bundle }));
    return { results: found?.results ?? [], filters: found?.filters ?? {}, sources };
  });
}

/**
 * One search on several languages: their results by score, or by date when sorted (merged by
 * the date each result carries, read only for the results shown and the next of each bundle
 * that could come before them).
 */
async function searchEngines(chosen, term, filters, sort) {
  const searches = await Promise.all(
    chosen.map(async (engine) => {
      try {
        return { engine, search: await searchEngine(engine, term, filters) };
      } catch (error) {
        console.warn(error);
        return { engine, search: { results: [], filters: {}, sources: [] } };
      }
    }),
  );
  const counts = sumCounts(searches.map(({ search }) => search.filters));
  delete counts.bundle;
  counts.language = Object.fromEntries(searches.map(({ engine, search }) => [engine.code, search.results.length]));
  const total = searches.reduce((n, { search }) => n + search.results.length, 0);
  if (sort) {
    const sources = searches.flatMap(({ search }) => (search.results.length ? search.sources : []));
    return { results: mergedByDate(sources, sort === "date-asc" ? 1 : -1, total, term, filters), filters: counts };
  }
  const lists = searches.map(({ search }) => search.results).filter((results) => results.length);
  return { results: mergedByScore(lists, total), filters: counts };
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

/**
 * Results sorted by date from several bundles (`sources`, of one language or several): each
 * bundle's sorted results are a list of their own, merged by the date each result carries, never
 * laid end to end. A bundle is searched only when its stretch of time (the bundle list's dates) could hold
 * the next result, so a page of the newest (or oldest) results reads one or two bundles however
 * many there are.
 */
function mergedByDate(sources, direction, total, term, filters) {
  const sort = { date: direction > 0 ? "asc" : "desc" };
  const edge = direction > 0 ? 0 : 1;
  // Unknown (every source opened) until the bundle list has arrived: only the newest and oldest bundles join before it.
  const bound = (source) => (source.bundle === null ? undefined : bundleDates?.[source.bundle]?.[edge] ?? undefined);
  // `a` comes before `b` in this order.
  const before = (a, b) => direction * a.localeCompare(b) < 0;
  const loaded = new Map();
  const load = (result) => {
    if (!loaded.has(result)) loaded.set(result, result.data());
    return loaded.get(result);
  };
  const open = async (source) => {
    source.list = [];
    source.head = 0;
    try {
      const options = source.bundle === null ? { filters, sort } : { filters: { ...filters, bundle: [String(source.bundle)] }, sort };
      const found = await exclusive(source.engine, () => source.engine.pagefind.search(term, options));
      source.list = found?.results ?? [];
    } catch (error) {
      console.warn(error);
    }
  };
  const waiting = sources.map((source) => ({ ...source, list: null, head: 0 }));
  const opened = [];
  return {
    total,
    shown: 0,
    async take(n) {
      const out = [];
      while (out.length < n) {
        let best = null;
        for (;;) {
          const heads = await Promise.all(opened.map((s) => (s.head < s.list.length ? load(s.list[s.head]) : null)));
          best = null;
          heads.forEach((head, i) => {
            if (head && (!best || before(head.meta?.sorted ?? "", best.key))) best = { source: opened[i], head, key: head.meta?.sorted ?? "" };
          });
          // A bundle not searched yet could hold the next result if its stretch reaches it.
          let next;
          if (!best) {
            next = waiting.reduce((a, b) => (a && (bound(a) === undefined || (bound(b) !== undefined && !before(bound(b), bound(a)))) ? a : b), null);
          } else {
            next = waiting.find((s) => bound(s) === undefined || !before(best.key, bound(s)));
          }
          if (!next) break;
          waiting.splice(waiting.indexOf(next), 1);
          await open(next);
          opened.push(next);
        }
        if (!best) break;
        out.push(best.head);
        best.source.head++;
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
  // The reader may search, sort or filter at once, while a first search or the loading below
  // is still under way (each search replaces the one before).
  const update = () => run(stateFromForm());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update();
  });
  input.addEventListener("input", debounce(update, 250));
  sortSelect.addEventListener("change", update);
  filtersBox.addEventListener("change", update);
  moreButton.addEventListener("click", showMore);
  // Arriving to browse, the filters come from the whole archive's counts (run); arriving with a
  // search, once its results have. Until then the filters' box says it is counting. The older
  // bundles join when a search needs them.
  renderFilters(state, allFilters);
  await run(state);
}

start();
