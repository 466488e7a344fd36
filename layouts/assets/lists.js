// The language filter of a list page (layouts/list.ts): shows only the articles of the
// language chosen, and keeps the choice in the address (?language=fa) for a shared link.

const box = document.querySelector(".language-filter");
const select = document.getElementById("language-filter");
const cards = [...document.querySelectorAll(".cards > li.card[data-language]")];

function apply(language) {
  for (const card of cards) card.hidden = Boolean(language) && card.dataset.language !== language;
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
