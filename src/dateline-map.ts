/**
 * A map of datelines, drawn at build time as SVG: no tiles, no script, no request off the site,
 * so it works offline and in print.
 *
 * Land outlines are Natural Earth's at 1:110 million (`world-atlas`), projected with d3-geo's
 * Equal Earth projection (areas true to size) onto a 960 × 470 drawing and written with whole
 * pixels (38 kB of path). Each dateline place the gazetteer can place (`Place.coordinates`) is a
 * dot whose area grows with its number of articles, a link to the place's page whose accessible
 * name says the place and the count. Small dots are drawn last, so none hides under a big one.
 *
 * A locator map (a place page's) is a crop of the same drawing around one dot. It refers to the
 * outlines in a separate file of the site (`worldLandSvg`, `<use href="…#land">`) rather than
 * repeating 38 kB on every place page.
 */
import { createRequire } from "node:module";
import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { html, type SafeHtml } from "./html.ts";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/** Where the site keeps the file `worldLandSvg` gives, for the locator maps to use. */
export const WORLD_LAND_URL = "/assets/world-land.svg";
/** The element id of the land outlines in the file `worldLandSvg` gives. */
export const LAND_ID = "land";

const MIN_RADIUS = 2.5;
const MAX_RADIUS = 14;

export interface MapPoint {
  /** The place's name, as its page shows it. */
  name: string;
  /** The place's page (with the path prefix). */
  url: string;
  count: number;
  /** Longitude, latitude. */
  coordinates: readonly [number, number];
}

export interface DatelineMapOptions {
  /** The map's accessible name ("Datelines on a world map"). */
  title: string;
  /** A dot's accessible name ("Moscow: 12 articles"). */
  label: (point: MapPoint) => string;
}

let projection: GeoProjection | undefined;
let landPath: string | undefined;

function getProjection(): GeoProjection {
  projection ??= geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: "Sphere" });
  return projection;
}

/** The land outlines as one SVG path, computed once per process. */
export function worldLandPath(): string {
  if (landPath === undefined) {
    const require = createRequire(import.meta.url);
    const topology = require("world-atlas/land-110m.json") as Topology<{ land: GeometryCollection }>;
    landPath = geoPath(getProjection()).digits(0)(feature(topology, topology.objects.land)) ?? "";
  }
  return landPath;
}

/** Where a longitude and latitude fall on the drawing, to a tenth of a pixel; null off the map. */
export function projectPoint(coordinates: readonly [number, number]): [number, number] | null {
  const [lon, lat] = coordinates;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const xy = getProjection()([lon, lat]);
  if (!xy) return null;
  return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}

/** A dot's radius: its area in proportion to its count, between MIN_RADIUS and MAX_RADIUS. */
export function dotRadius(count: number, maxCount: number): number {
  if (maxCount <= 0) return MIN_RADIUS;
  const radius = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.max(0, count) / maxCount);
  return Math.round(radius * 10) / 10;
}

/** The world map with a dot per place, as inline SVG. Places without coordinates are left out. */
export function renderDatelineMap(points: readonly MapPoint[], options: DatelineMapOptions): SafeHtml {
  const placed = points.flatMap((point) => {
    const xy = projectPoint(point.coordinates);
    return xy ? [{ point, xy }] : [];
  });
  const maxCount = Math.max(0, ...placed.map(({ point }) => point.count));
  // Biggest first, so smaller dots are drawn over them and stay clickable; then by name.
  placed.sort((a, b) => b.point.count - a.point.count || (a.point.name < b.point.name ? -1 : a.point.name > b.point.name ? 1 : 0));
  const dots = placed.map(({ point, xy: [x, y] }) => {
    const label = options.label(point);
    return html`<a href="${point.url}" aria-label="${label}"><circle class="map-dot" cx="${x}" cy="${y}" r="${dotRadius(point.count, maxCount)}"><title>${label}</title></circle></a>`;
  });
  return html`<svg class="dateline-map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group" aria-label="${options.title}" xmlns="http://www.w3.org/2000/svg"><path class="map-sphere" d="${spherePath()}"/><path class="map-land" d="${worldLandPath()}"/>${dots}</svg>`;
}

/**
 * A small map locating one place: a crop of the world drawing around it, `span` pixels of the
 * drawing wide, the outlines used from `landHref` (the site's copy of `worldLandSvg`,
 * `/assets/world-land.svg`). Null when the place has no coordinates.
 */
export function renderLocatorMap(point: Pick<MapPoint, "name" | "coordinates">, options: { landHref: string; label: string; span?: number }): SafeHtml | null {
  const xy = projectPoint(point.coordinates);
  if (!xy) return null;
  const width = options.span ?? 240;
  const height = Math.round(width / 2);
  const left = clamp(xy[0] - width / 2, 0, MAP_WIDTH - width);
  const top = clamp(xy[1] - height / 2, 0, MAP_HEIGHT - height);
  return html`<svg class="locator-map" viewBox="${round(left)} ${round(top)} ${width} ${height}" role="img" aria-label="${options.label}" xmlns="http://www.w3.org/2000/svg"><use href="${options.landHref}#${LAND_ID}"/><circle class="map-dot" cx="${xy[0]}" cy="${xy[1]}" r="${MIN_RADIUS * 1.6}"/></svg>`;
}

/** The land outlines as a file of their own, for locator maps to use. */
export function worldLandSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><path id="${LAND_ID}" fill="#d9d4c7" stroke="#a39e91" stroke-width="0.5" d="${worldLandPath()}"/></svg>\n`;
}

let sphere: string | undefined;
function spherePath(): string {
  sphere ??= geoPath(getProjection()).digits(0)({ type: "Sphere" }) ?? "";
  return sphere;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
