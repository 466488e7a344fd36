// The language filter of a list page (layouts/list.ts): shows only the articles of the
// language chosen, and keeps the choice in the address (?language=fa) for a shared link.

const box = document.querySelector(".language-filter");
const select = document.getElementById("language-filter");
const cards = [...document.querySelectorAll(".cards > li")];
// A card names its language when it is not the page's (the site's): its primary subtag counts.
const languageOf = (card) => (card.getAttribute("lang") || document.documentElement.lang).split(/[-_]/)[0].toLowerCase();

function apply(language) {
  for (const card of cards) card.hidden = Boolean(language) && languageOf(card) !== language;
  const params = new URLSearchParams(location.search);
  if (language) params.set("language", language);
  else params.delete("language");
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

if (box && select) {
  box.hidden = false;
  const chosen = new URLSearchParams(location.search).get("language") ?? "";
  if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
  apply(select.value);
  select.addEventListener("change", () => apply(select.value));
}
