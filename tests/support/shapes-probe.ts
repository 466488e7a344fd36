/**
 * Run with `node --allow-natives-syntax --import tsx` (tests/shapes.test.ts): how many hidden
 * classes (V8 maps) the archive's articles and the plan's list pages have. Printed as JSON.
 */
import { deserialize, serialize } from "node:v8";
import { indexArticles } from "../../src/archive.ts";
import { planSite } from "../../src/pages.ts";
import { dailyArticles } from "./articles.ts";

/** How many distinct maps the objects have (one: every object shares one). */
function shapes(objects: readonly object[]): number {
  const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;
  const seen: object[] = [];
  for (const object of objects) if (!seen.some((other) => sameMap(object, other))) seen.push(object);
  return seen.length;
}

// As a build has them: read on a reader thread or from the cache's records, so deserialized.
const normalized = deserialize(serialize(dailyArticles(300, "2023-01-01"))) as ReturnType<typeof dailyArticles>;
const archive = indexArticles(normalized, [], []);
const plan = planSite(archive);
// The construction the archive used before, for a probe that can tell: each copy its own map.
const spread = normalized.map((article) => {
  const { slugBase: _slugBase, ...rest } = article;
  return { ...rest, url: "/x/", slug: "x" };
});
console.log(JSON.stringify({ articles: archive.articles.length, articleShapes: shapes(archive.articles), lists: plan.lists.length, listShapes: shapes(plan.lists), spreadShapes: shapes(spread) }));
