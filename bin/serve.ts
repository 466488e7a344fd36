/**
 * `npm run serve`: serves the built site (`_site/`, or --output=PATH) on http://localhost:8080
 * (PORT to change), under PATH_PREFIX when set, as a static host would.
 */
import { startStaticServer } from "../build/static-server.ts";
import { readSiteOptions } from "../src/site-options.ts";

const options = readSiteOptions();
const server = await startStaticServer({ root: options.outputDir, prefix: options.pathPrefix, port: Number(process.env.PORT ?? 8080) });
console.log(`Serving ${options.outputDir} at ${server.url}`);
