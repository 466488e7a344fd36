// On this day (layouts/history.ts): points the reader to today's date as their own browser
// sees it. The page works without it: every calendar day is listed and linked.

const today = document.getElementById("on-this-day-today");
if (today) {
  const now = new Date();
  const monthDay = `${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  const item = document.querySelector(`[data-month-day="${monthDay}"]`);
  const link = item?.querySelector("a");
  if (item && link) {
    item.classList.add("is-today");
    // The day's accessible name says it in full: "21 September: 3 articles".
    const copy = document.createElement("a");
    copy.href = link.href;
    copy.textContent = link.getAttribute("aria-label") ?? link.textContent;
    today.textContent = `${today.dataset.label}: `;
    today.append(copy);
    today.hidden = false;
  }
}
