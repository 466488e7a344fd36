/** The world-countries data, typed: its typings describe an ES default export the CommonJS build lacks. */
import type { Country } from "world-countries";
import worldCountriesImport from "world-countries";

export type { Country };
export const worldCountries = worldCountriesImport as unknown as readonly Country[];
