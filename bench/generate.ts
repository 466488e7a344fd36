/**
 * Deterministic synthetic archives for the benchmark: the same seed and size always give the
 * same files. Bodies of 300–800 words open with a wire dateline; each article has 2–5 topics
 * drawn from a Zipf-distributed vocabulary of 500, one of 15 agencies, one of 200 places, a
 * date within five years; two thirds are Markdown with front matter, one third plain wire text.
 *
 * Also writes a Hugo mirror of the same articles (Markdown with the front matter Hugo reads,
 * taxonomies for topics, sources, places, years and months) for the side-by-side comparison.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: a small, fast, seedable generator; enough for synthetic text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const AGENCIES = ["Reuters", "AP", "AFP", "Xinhua", "TASS", "Anadolu", "IRNA", "Tasnim", "Kyodo", "Yonhap", "ANSA", "EFE", "dpa", "PTI", "Bernama"];

export const CITIES = [
  "TEHRAN", "WASHINGTON", "LONDON", "NEW YORK", "PARIS", "MOSCOW", "BEIJING", "TOKYO", "BERLIN", "ROME", "MADRID", "ANKARA", "ISTANBUL",
  "CAIRO", "NEW DELHI", "MUMBAI", "SEOUL", "KUALA LUMPUR", "JAKARTA", "SYDNEY", "TORONTO", "OTTAWA", "MEXICO CITY", "BRASILIA",
  "BUENOS AIRES", "LIMA", "BOGOTA", "SANTIAGO", "NAIROBI", "LAGOS", "JOHANNESBURG", "ADDIS ABABA", "RIYADH", "DUBAI", "DOHA", "BAGHDAD",
  "DAMASCUS", "BEIRUT", "AMMAN", "JERUSALEM", "KABUL", "ISLAMABAD", "KARACHI", "DHAKA", "COLOMBO", "KATHMANDU", "BANGKOK", "HANOI",
  "MANILA", "SINGAPORE", "TAIPEI", "HONG KONG", "SHANGHAI", "OSAKA", "VLADIVOSTOK", "KYIV", "WARSAW", "PRAGUE", "VIENNA", "BUDAPEST",
  "BUCHAREST", "SOFIA", "ATHENS", "BELGRADE", "ZAGREB", "LJUBLJANA", "BRATISLAVA", "VILNIUS", "RIGA", "TALLINN", "HELSINKI", "STOCKHOLM",
  "OSLO", "COPENHAGEN", "AMSTERDAM", "BRUSSELS", "LUXEMBOURG", "GENEVA", "ZURICH", "BERN", "MILAN", "NAPLES", "BARCELONA", "LISBON",
  "DUBLIN", "EDINBURGH", "MANCHESTER", "FRANKFURT", "MUNICH", "HAMBURG", "LYON", "MARSEILLE", "BAKU", "YEREVAN", "TBILISI", "ASTANA",
  "TASHKENT", "BISHKEK", "DUSHANBE", "ASHGABAT", "MINSK", "CHISINAU", "TUNIS", "ALGIERS", "RABAT", "TRIPOLI", "KHARTOUM", "KAMPALA",
  "KIGALI", "DAR ES SALAAM", "LUANDA", "HARARE", "LUSAKA", "MAPUTO", "ACCRA", "DAKAR", "ABUJA", "KINSHASA", "CHICAGO", "HOUSTON",
  "LOS ANGELES", "SAN FRANCISCO", "SEATTLE", "BOSTON", "MIAMI", "ATLANTA", "DALLAS", "DENVER", "DETROIT", "PHOENIX", "MONTREAL",
  "VANCOUVER", "CALGARY", "HAVANA", "CARACAS", "QUITO", "LA PAZ", "ASUNCION", "MONTEVIDEO", "PANAMA CITY", "SAN JOSE", "GUATEMALA CITY",
  "SAN SALVADOR", "TEGUCIGALPA", "MANAGUA", "KINGSTON", "SANTO DOMINGO", "PORT-AU-PRINCE", "AUCKLAND", "WELLINGTON", "SUVA",
  "PORT MORESBY", "PERTH", "MELBOURNE", "BRISBANE", "ADELAIDE", "HANOVER", "COLOGNE", "STUTTGART", "DUSSELDORF", "ROTTERDAM",
  "ANTWERP", "GOTHENBURG", "BERGEN", "KRAKOW", "GDANSK", "ODESA", "KHARKIV", "ST PETERSBURG", "NOVOSIBIRSK", "YEKATERINBURG", "KAZAN",
  "ALMATY", "ISFAHAN", "SHIRAZ", "MASHHAD", "TABRIZ", "BASRA", "MOSUL", "ERBIL", "ALEPPO", "HOMS", "GAZA", "RAMALLAH", "HAIFA",
  "TEL AVIV", "JEDDAH", "MECCA", "MUSCAT", "MANAMA", "KUWAIT", "SANAA", "ADEN", "DJIBOUTI", "MOGADISHU", "ASMARA", "JUBA", "NDJAMENA",
  "NIAMEY", "BAMAKO", "OUAGADOUGOU", "ABIDJAN", "CONAKRY", "FREETOWN", "MONROVIA", "LOME", "COTONOU", "YAOUNDE", "LIBREVILLE",
];

export const WORDS = (
  "the government said officials minister talks agreement economy market growth prices oil gas trade exports imports bank rates " +
  "inflation election parliament president prime vote security forces border region conflict ceasefire peace sanctions energy " +
  "report statement spokesman according week month year people country city company shares investors analysts percent billion " +
  "million plan policy reform budget debt crisis support meeting summit leaders foreign affairs defence military troops aid " +
  "humanitarian water food health hospital schools workers union strike protest police court ruling law judge appeal decision " +
  "production output demand supply season harvest weather drought flood storm emergency rescue damage infrastructure project"
).split(" ");

const TOPIC_STEMS = [
  "Diplomacy", "Energy", "Oil", "Natural gas", "Elections", "Trade", "Inflation", "Interest rates", "Security", "Defence", "Human rights",
  "Climate", "Agriculture", "Health", "Education", "Transport", "Aviation", "Shipping", "Mining", "Technology", "Telecoms", "Banking",
  "Insurance", "Tourism", "Migration", "Refugees", "Terrorism", "Cybersecurity", "Space", "Sport", "Culture", "Religion", "Labour",
  "Housing", "Water", "Food security", "Sanctions", "Nuclear", "Arms control", "Peacekeeping",
];

export interface GenerateOptions {
  count: number;
  seed?: number;
  outDir: string;
  hugoDir?: string;
}

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** Topic index by a Zipf law (s = 1) over `size` topics, by inverting its cumulative weights. */
export function zipfPicker(rand: () => number, size: number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 1; k <= size; k++) {
    total += 1 / k;
    cumulative.push(total);
  }
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function topicName(index: number): string {
  const stem = TOPIC_STEMS[index % TOPIC_STEMS.length] ?? "Topic";
  const round = Math.floor(index / TOPIC_STEMS.length);
  return round === 0 ? stem : `${stem} ${round + 1}`;
}

const MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];

export function generateArchive(options: GenerateOptions): { files: number; bytes: number } {
  const rand = random(options.seed ?? 42);
  const zipf = zipfPicker(rand, 500);
  rmSync(options.outDir, { recursive: true, force: true });
  if (options.hugoDir) rmSync(options.hugoDir, { recursive: true, force: true });
  const start = Date.UTC(2020, 0, 1);
  const span = 5 * 365 * 24 * 3600 * 1000;
  let bytes = 0;
  const made = new Set<string>();
  for (let i = 0; i < options.count; i++) {
    const when = new Date(start + Math.floor(rand() * span));
    const day = when.toISOString().slice(0, 10);
    const time = when.toISOString().slice(11, 19);
    const agency = pick(rand, AGENCIES);
    const city = pick(rand, CITIES);
    const topicCount = 2 + Math.floor(rand() * 4);
    const topics = new Set<string>();
    while (topics.size < topicCount) topics.add(topicName(zipf()));
    const words = 300 + Math.floor(rand() * 501);
    const titleWords = Array.from({ length: 6 + Math.floor(rand() * 6) }, () => pick(rand, WORDS));
    const title = `${titleWords.join(" ").replace(/^./, (c) => c.toUpperCase())} ${i}`;
    const paragraphs: string[] = [];
    let written = 0;
    while (written < words) {
      const length = Math.min(words - written, 40 + Math.floor(rand() * 50));
      const sentence = Array.from({ length }, () => pick(rand, WORDS)).join(" ");
      paragraphs.push(`${sentence.replace(/^./, (c) => c.toUpperCase())}.`);
      written += length;
    }
    const dateline = `${city}, ${MONTHS[when.getUTCMonth()]} ${when.getUTCDate()} (${agency}) -`;
    paragraphs[0] = `${dateline} ${paragraphs[0]}`;
    const slug = `story-${i}`;
    const folder = path.join(options.outDir, day.slice(0, 4), day.slice(5, 7));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    let text: string;
    let file: string;
    if (i % 3 === 2) {
      // Plain wire text: hard-wrapped at ~68 columns, indented paragraphs, a sign-off.
      const wrapped = paragraphs.map((p, n) => (n === 0 ? "" : "    ") + p.replace(/(.{1,68})(\s|$)/g, "$1\n").trimEnd()).join("\n");
      text = `${title}\n\n${wrapped}\n Reuter\n`;
      file = path.join(folder, `${day}-${slug}.txt`);
    } else {
      text = `---\ntitle: ${JSON.stringify(title)}\ndate: ${day} ${time}\nsource: ${agency}\ntopics: ${JSON.stringify([...topics])}\n---\n\n${paragraphs.join("\n\n")}\n`;
      file = path.join(folder, `${slug}.md`);
    }
    writeFileSync(file, text);
    bytes += text.length;

    if (options.hugoDir) {
      const hugoFolder = path.join(options.hugoDir, day.slice(0, 4), day.slice(5, 7));
      mkdirSync(hugoFolder, { recursive: true });
      const frontMatter = {
        title,
        date: `${day}T${time}Z`,
        slug,
        url: `/${day.replace(/-/g, "/")}/${slug}/`,
        topics: i % 3 === 2 ? [] : [...topics],
        sources: [agency],
        places: [city],
        years: [day.slice(0, 4)],
        months: [day.slice(0, 7)],
      };
      writeFileSync(path.join(hugoFolder, `${slug}.md`), `---\n${JSON.stringify(frontMatter, null, 1)}\n---\n\n${paragraphs.join("\n\n")}\n`.replace("---\n{", "{").replace("}\n---", "}"));
    }
  }
  return { files: options.count, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? `bench/out/articles-${count}`;
  const result = generateArchive({ count, outDir: out });
  console.log(`${result.files} articles, ${(result.bytes / 1e6).toFixed(1)} MB in ${out}`);
}
