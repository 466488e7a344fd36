import { describe, expect, it } from "vitest";
import { dotRadius, LAND_ID, MAP_HEIGHT, MAP_WIDTH, projectPoint, renderDatelineMap, renderLocatorMap, worldLandPath, worldLandSvg, type MapPoint } from "../src/dateline-map.ts";

const MOSCOW: MapPoint = { name: "Moscow", url: "/places/moscow-ru/", count: 12, coordinates: [37.62, 55.75] };
const TEHRAN: MapPoint = { name: "Tehran", url: "/places/tehran-ir/", count: 3, coordinates: [51.42, 35.69] };
const NEW_YORK: MapPoint = { name: "New York", url: "/places/new-york-us/", count: 40, coordinates: [-74.01, 40.71] };
const options = { title: "Datelines on a world map", label: (p: MapPoint) => `${p.name}: ${p.count} articles` };

describe("projectPoint", () => {
  it.each<[string, [number, number], (xy: [number, number]) => boolean]>([
    ["Greenwich is at the middle of the drawing", [0, 51.48], ([x, y]) => Math.abs(x - MAP_WIDTH / 2) < 1 && y < MAP_HEIGHT / 2],
    ["New York is west and north of the middle", [-74.01, 40.71], ([x, y]) => x < MAP_WIDTH / 2 && y < MAP_HEIGHT / 2],
    ["Sydney is east and south of the middle", [151.21, -33.87], ([x, y]) => x > MAP_WIDTH / 2 && y > MAP_HEIGHT / 2],
  ])("%s", (_what, coordinates, holds) => {
    const xy = projectPoint(coordinates);
    expect(xy).not.toBeNull();
    expect(holds(xy as [number, number])).toBe(true);
  });

  it.each<[number, number]>([[200, 10], [10, 95], [Number.NaN, 0]])("leaves (%s, %s) off the map", (lon, lat) => {
    expect(projectPoint([lon, lat])).toBeNull();
  });
});

describe("dotRadius", () => {
  it("grows with the square root of the count, between its bounds", () => {
    expect(dotRadius(0, 100)).toBe(2.5);
    expect(dotRadius(100, 100)).toBe(14);
    expect(dotRadius(25, 100)).toBe(8.3);
  });
});

describe("renderDatelineMap", () => {
  const svg = renderDatelineMap([TEHRAN, MOSCOW, NEW_YORK, { name: "Nowhere", url: "/places/nowhere/", count: 1, coordinates: [999, 0] }], options).value;

  it("is one inline SVG with the land outlines and a named group", () => {
    expect(svg.startsWith('<svg class="dateline-map" viewBox="0 0 960 470" role="group" aria-label="Datelines on a world map"')).toBe(true);
    expect(svg).toContain(`<path class="map-land" d="${worldLandPath()}"/>`);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it("draws each placed dateline as a link with an accessible name, biggest first", () => {
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["/places/new-york-us/", "New York: 40 articles"],
      ["/places/moscow-ru/", "Moscow: 12 articles"],
      ["/places/tehran-ir/", "Tehran: 3 articles"],
    ]);
  });

  it("escapes names", () => {
    const map = renderDatelineMap([{ ...MOSCOW, name: `<script>"x"` }], options).value;
    expect(map).not.toContain("<script>");
    expect(map).toContain("&lt;script&gt;&quot;x&quot;: 12 articles");
  });

  it("keeps the outlines small enough to inline", () => {
    expect(worldLandPath().length).toBeLessThan(45_000);
  });
});

describe("renderLocatorMap", () => {
  it("crops the world drawing around the place and uses the shared outlines", () => {
    const svg = renderLocatorMap(MOSCOW, { landHref: "/assets/world-land.svg", label: "Moscow on a map" })?.value ?? "";
    const [x, y] = projectPoint(MOSCOW.coordinates) as [number, number];
    const [left, top, width, height] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? "").split(" ").map(Number) as [number, number, number, number];
    expect(x).toBeGreaterThan(left);
    expect(x).toBeLessThan(left + width);
    expect(y).toBeGreaterThan(top);
    expect(y).toBeLessThan(top + height);
    expect(svg).toContain(`<use href="/assets/world-land.svg#${LAND_ID}"/>`);
    expect(svg).toContain('role="img" aria-label="Moscow on a map"');
  });

  it("stays inside the drawing near its edge", () => {
    const svg = renderLocatorMap({ name: "Suva", coordinates: [178.44, -18.14] }, { landHref: "/w.svg", label: "Suva" })?.value ?? "";
    const [left, , width] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? "").split(" ").map(Number) as [number, number, number];
    expect(left + width).toBeLessThanOrEqual(MAP_WIDTH);
  });

  it("is null for a place off the map", () => {
    expect(renderLocatorMap({ name: "x", coordinates: [500, 0] }, { landHref: "/w.svg", label: "x" })).toBeNull();
  });
});

describe("worldLandSvg", () => {
  it("is a standalone SVG file holding the outlines under their id", () => {
    const file = worldLandSvg();
    expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 960 470"><path id="land" /);
  });
});
