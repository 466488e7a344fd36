import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_STORY_OPTIONS, findStories, groupingPeriods, groupPairs, makeStory, nameStories, type GroupingPeriod, type StoryArticle } from "../src/stories.ts";
import { findSimilarPairs, tokenize } from "../src/text-similarity.ts";
import { agency, dateline, LONDON, place, publishedDate, REUTERS, TASS } from "./support/articles.ts";

const NEW_YORK = place("New York", "new-york-us", "United States", "America/New_York");
const AP = agency("Associated Press", "ap");

interface Spec {
  slug: string;
  date: string;
  title: string;
  text: string;
  source?: typeof REUTERS;
}

function article({ slug, date, title, text, source = REUTERS }: Spec): StoryArticle {
  const d = publishedDate(date);
  return { sourceFile: `${slug}.md`, url: `/${d.day.replace(/-/g, "/")}/${slug}/`, slug, title, plainText: text, date: d, source, dateline: dateline(NEW_YORK) };
}

/** Unrelated reports, so that word weights are those of an archive and not of three articles. */
const BACKGROUND: StoryArticle[] = [
  ["coffee-quota-talks", "Coffee quota talks break down in London", "Talks on export quotas in the International Coffee Organization ended without agreement, delegates from Brazil and Colombia said."],
  ["cocoa-review", "Bahia cocoa review", "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January."],
  ["opec-output", "OPEC keeps output ceiling", "Oil ministers of OPEC agreed to keep their production ceiling of 15.8 mln barrels a day, Kuwait's minister said."],
  ["yen-rises", "Yen rises against the dollar in Tokyo", "The yen rose against the dollar in Tokyo trading as exporters sold dollars ahead of the fiscal year end."],
  ["wheat-tender", "Egypt tenders for wheat", "Egypt will tender for 200,000 tonnes of soft wheat for shipment in April, exporters in Paris said."],
  ["bundesbank-rates", "Bundesbank leaves rates unchanged", "The Bundesbank central bank council left its discount and Lombard rates unchanged at its regular meeting in Frankfurt."],
  ["strike-ends", "Dock strike ends in Rotterdam", "Dock workers in Rotterdam voted to end their strike after the port employers raised their pay offer."],
  ["copper-price", "Copper price cut by smelter", "A major smelter cut its copper cathode price by one cent a pound, citing weak demand from wire makers."],
  ["gold-mine", "Gold mine to expand in Nevada", "The mining company will expand its Nevada gold mine, doubling output over three years, it said."],
  ["airline-fares", "Airlines raise fares on transatlantic routes", "Several airlines raised fares on transatlantic routes by five pct, citing higher fuel prices and demand."],
  ["soviet-grain", "Soviet Union buys U.S. corn", "The Soviet Union bought U.S. corn for delivery in the current season, the Agriculture Department said."],
  ["japan-trade", "Japan trade surplus widens", "Japan's trade surplus widened in February as exports to the United States rose and imports of oil fell."],
  // Words the test stories use that an archive holds many times over.
  ["board-studies-plan", "Board studies plan to sell unit", "The board of Allied Stores studies an offer for its unit and said it rejects a bid below book value."],
  ["holders-urged", "Holders urged to wait on tender offer", "The company's board urged holders to wait before tendering shares into the hostile offer, it said."],
  ["broadcasting-sale", "Broadcasting group studies sale", "The broadcasting group's board studies the sale of two stations, the company said on Tuesday."],
].map(([slug, title, text], i) => article({ slug: slug as string, date: `1987-03-0${(i % 9) + 1}`, title: title as string, text: text as string }));

const GENCORP = [
  article({ slug: "afg-bids-for-gencorp", date: "1987-03-02 09:00", title: "AFG and Wagner and Brown bid for GenCorp", text: "AFG Industries and Wagner and Brown offered 100 dlrs a share for GenCorp, the Akron tire and broadcasting group, in a hostile tender offer." }),
  article({ slug: "gencorp-studies-bid", date: "1987-03-03 11:00", title: "GenCorp board studies AFG, Wagner and Brown offer", text: "GenCorp said its board was studying the 100 dlrs a share tender offer from AFG Industries and Wagner and Brown and urged holders to wait." }),
  article({ slug: "gencorp-rejects", date: "1987-03-05 15:30", source: AP, title: "GenCorp rejects AFG bid", text: "GenCorp's board rejected the hostile 100 dlrs a share offer by AFG Industries and Wagner and Brown as inadequate, the Akron company said." }),
];

describe("findStories", () => {
  it("groups the reports of one event across days and agencies, named after the first", () => {
    const { stories } = findStories([...BACKGROUND, ...GENCORP]);
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story?.slug).toBe("1987-03-02-afg-bids-for-gencorp");
    expect(story?.url).toBe("/stories/1987-03-02-afg-bids-for-gencorp/");
    expect(story?.title).toBe("AFG and Wagner and Brown bid for GenCorp");
    expect(story?.articles.map((a) => a.slug)).toEqual(["afg-bids-for-gencorp", "gencorp-studies-bid", "gencorp-rejects"]);
    expect([story?.firstDay, story?.lastDay]).toEqual(["1987-03-02", "1987-03-05"]);
    expect(story?.agencies.map((a) => a.slug)).toEqual(["reuters", "ap"]);
    expect(story?.places.map((p) => p.slug)).toEqual(["new-york-us"]);
    expect(story?.timeline.map((d) => [d.day, d.articles.length])).toEqual([["1987-03-02", 1], ["1987-03-03", 1], ["1987-03-05", 1]]);
  });

  it.each<[string, Spec[]]>([
    [
      "two companies' results on the same day (one form, other names and figures)",
      [
        { slug: "texaco-net", date: "1987-03-02", title: "Texaco Inc 4th qtr net", text: "Shr 1.12 dlrs vs 87 cts. Net 271 mln vs 211 mln. Revs 8.2 billion vs 9.1 billion. Texaco Inc." },
        { slug: "mobil-net", date: "1987-03-02", title: "Mobil Corp 4th qtr net", text: "Shr 1.45 dlrs vs 1.03 dlrs. Net 592 mln vs 419 mln. Revs 12.4 billion vs 14.2 billion. Mobil Corp." },
      ],
    ],
    [
      "a recurring report on two days (same headline, other figures)",
      [
        { slug: "fed-adds-reserves", date: "1987-03-03", title: "Fed adds reserves via customer repurchases", text: "The Federal Reserve entered the government securities market to arrange 1.5 billion dlrs of customer repurchase agreements, a Fed spokesman said. Fed funds were at 6.25 pct." },
        { slug: "fed-adds-reserves", date: "1987-03-05", title: "Fed adds reserves via customer repurchases", text: "The Federal Reserve entered the government securities market to arrange 2.5 billion dlrs of customer repurchase agreements, a Fed spokesman said. Fed funds were at 6.19 pct." },
      ],
    ],
    [
      "two bond issues that share only their kind (other issuers)",
      [
        { slug: "scotia-bond", date: "1987-03-03", title: "Scotia Mortgage issues Canadian dlr bond", text: "Scotia Mortgage Corp is issuing a 100 mln Canadian dlr bond due 1992 carrying a coupon of 8.5 pct and priced at 101, lead manager Orion Royal Bank said." },
        { slug: "victoria-bond", date: "1987-03-03", title: "Victoria state body issues Canadian dlr eurobond", text: "The Victorian Public Authorities Finance Agency is issuing a 75 mln Canadian dlr eurobond due 1994 carrying a coupon of 9.25 pct and priced at 101.5, Wood Gundy said." },
      ],
    ],
    [
      "a market's bare headlines on two days (a time of day is no shared figure)",
      [
        { slug: "amsterdam-index", date: "1987-10-19", title: "Amsterdam all-share index seven pct below Friday's close at 1015 GMT - official", text: "" },
        { slug: "amsterdam-index", date: "1987-10-20", title: "Amsterdam all-share index down 13.3 pct at 1015 GMT - bourse", text: "" },
      ],
    ],
    [
      "reports of one topic weeks apart",
      [
        { slug: "gencorp-bid", date: "1987-03-02", title: "AFG bids for GenCorp", text: "AFG Industries and Wagner and Brown offered 100 dlrs a share for GenCorp." },
        { slug: "gencorp-later", date: "1987-04-20", title: "AFG bid for GenCorp ends", text: "AFG Industries and Wagner and Brown ended their 100 dlrs a share offer for GenCorp." },
      ],
    ],
  ])("keeps apart %s", (_what, specs) => {
    const { stories } = findStories([...BACKGROUND, ...specs.map(article)]);
    expect(stories).toEqual([]);
  });

  // Rates as the wires wrote them before decimals, dashed or spaced: the figure is the fraction.
  it.each([
    ["dashed", "6-1/8", "6-3/16"],
    ["spaced", "6 1/8", "6 3/16"],
    ["plain fractions", "1/8", "3/16"],
  ])("keeps apart a recurring report on two days whose figures are only fractions (%s)", (_form, first, second) => {
    const text = (rate: string) => `The Federal Reserve is expected to enter the government securities market to add reserves via customer repurchase agreements, economists said. Federal funds were trading at ${rate} pct.`;
    const { stories } = findStories([
      ...BACKGROUND,
      article({ slug: "fed-expected-to-add-reserves", date: "1987-03-11", title: "FED EXPECTED TO ADD RESERVES", text: text(first) }),
      article({ slug: "fed-expected-to-add-reserves", date: "1987-03-12", title: "FED EXPECTED TO ADD RESERVES", text: text(second) }),
    ]);
    expect(stories).toEqual([]);
  });

  it("counts a figure common in the archive (a standard fee) as no sign of one event", () => {
    // Sixty bond notices weeks apart, each with the same fees: the archive's usual figures.
    const notices = Array.from({ length: 60 }, (_, i) =>
      article({
        slug: `notice-${i}`,
        date: new Date(Date.UTC(1985, 0, 1 + 10 * i)).toISOString().slice(0, 10),
        title: `Borrower${i} issues bond`,
        text: `Borrower${i} is issuing a bond with fees of 5/8 pct for management and underwriting and 1-1/4 pct for selling.`,
      }),
    );
    const notice = (slug: string, day: string, issuer: string, amount: string, coupon: string) =>
      article({
        slug,
        date: day,
        title: `${issuer} issues eurobond`,
        text: `LONDON - ${issuer} is issuing a ${amount} eurobond due 1992 with a ${coupon} pct coupon, the lead manager said. The bonds will be listed in Luxembourg. Fees comprise 5/8 pct for management and underwriting combined and 1-1/4 pct for selling.`,
      });
    const two = [notice("sncf-eurobond", "1987-03-24", "SNCF", "100 mln dlr", "7-3/8"), notice("norway-eurobond", "1987-03-25", "Norway", "60 billion yen", "4-1/4")];
    expect(findStories([...BACKGROUND, ...notices, ...two]).stories.filter((s) => s.articles.some((a) => two.includes(a)))).toEqual([]);
  });

  // Company codes as wires write them: Reuters' <SUN>, and the (NYSE: SUN) form.
  it.each([
    ["Reuters' codes", (name: string, code: string) => `${name} <${code}>`],
    ["exchange codes", (name: string, code: string) => `${name} (NYSE: ${code})`],
  ])("keeps apart two companies doing the same thing, named by code (%s)", (_form, named) => {
    const text = (company: string) => `${company} said it is cutting the price it charges contract barge customers for heating oil in New York harbor by 0.50 cent a gallon, effective today.`;
    const { stories } = findStories([
      ...BACKGROUND,
      article({ slug: "sun-cuts-heating-oil", date: "1987-04-08", title: `${named("SUN", "SUN")} CUTS HEATING OIL BARGE PRICE`, text: text("Sun Co") }),
      article({ slug: "exxon-cuts-heating-oil", date: "1987-04-08", title: `${named("EXXON", "XON")} CUTS HEATING OIL BARGE PRICE`, text: text("Exxon Corp") }),
    ]);
    expect(stories).toEqual([]);
  });

  it("groups one company's reports whose codes differ by a wire's slip, by the name before them", () => {
    const { stories } = findStories([
      ...BACKGROUND,
      article({ slug: "bancroft-files-suit", date: "1987-03-09", title: "BANCROFT <BCV> FILES SUIT AGAINST ZICO", text: "Bancroft Convertible Fund Inc said it files suit against Zico Investment Holdings in federal court: it sues to block the Zico tender offer for Bancroft shares." }),
      article({ slug: "bancroft-sues-zico", date: "1987-03-10", title: "BANCROFT <BCF> SUES ZICO", text: "Bancroft Convertible Fund Inc sues Zico Investment Holdings: it files suit against the Zico tender offer for Bancroft shares in federal court." }),
    ]);
    expect(stories.map((s) => s.articles.length)).toEqual([2]);
  });

  it("keeps apart one company's two announcements (the headlines' actions differ), and groups one announcement in other words", () => {
    const cng = (slug: string, date: string, action: string, text: string) => article({ slug, date, title: `CONSOLIDATED NATURAL GAS <CNG> ${action}`, text: `Consolidated Natural Gas Co said ${text}` });
    const apart = findStories([
      ...BACKGROUND,
      cng("cng-payout", "1987-03-11", "IN PAYOUT", "its board declared a quarterly dividend of 50.5 cts a share, payable May 15 to holders of record April 15."),
      cng("cng-trading-unit", "1987-03-13", "CREATES TRADING UNIT", "it formed a new subsidiary to trade natural gas for its customers, the first such unit of a gas utility holding company."),
    ]);
    expect(apart.stories).toEqual([]);
    const dividend = "it sets its regular quarterly dividend payout at 50.5 cts a share, payable May 15 to holders of record April 15.";
    const together = findStories([...BACKGROUND, cng("cng-quarterly-dividend", "1987-03-11", "QUARTERLY DIVIDEND", dividend), cng("cng-regular-payout", "1987-03-11", "SETS REGULAR PAYOUT", dividend)]);
    expect(together.stories.map((s) => s.articles.length)).toEqual([2]);
  });

  // One company, its name and code written three ways; the codes may differ (a listing moves).
  it.each([
    ["Reuters' codes", "ORION-BAYLEY HOLDINGS <OBHC> IN PURCHASE", "AMEX TRADING ORION-BAYLEY HOLDINGS <OBH>", "Orion-Bayley Holdings"],
    ["one code, title case", "Kestrel-Dane Systems <KDS> in purchase", "Amex trading Kestrel-Dane Systems <KDS>", "Kestrel-Dane Systems"],
    ["exchange codes", "VELMAR-HOLT TOOLWORKS (NYSE: VLMR) IN PURCHASE", "Big Board trading Velmar-Holt Toolworks (NYSE: VLMR)", "Velmar-Holt Toolworks"],
  ])("keeps apart one company's two reports alike only in its name (%s)", (_form, bought, listed, name) => {
    const { stories } = findStories([
      ...BACKGROUND,
      article({ slug: "company-buys", date: "1987-03-17", title: bought, text: `${name} said it acquired a British maker of circuit packages. ${name} said the purchase adds to sales of ${name}.` }),
      article({ slug: "company-listed", date: "1987-03-19", title: listed, text: `${name} common started trading on the exchange today, ${name} said. ${name} moved from NASDAQ.` }),
    ]);
    expect(stories).toEqual([]);
  });

  it("groups one company's reports of one event whose texts share more than its name", () => {
    const { stories } = findStories([
      ...BACKGROUND,
      article({ slug: "velmar-to-buy", date: "1987-03-17", title: "VELMAR-HOLT TOOLWORKS <VLMR> TO BUY HERMETIX", text: "Velmar-Holt Toolworks said it agreed to buy Hermetix Ltd, a British maker of sealed circuit packages, for about 600,000 dlrs. The purchase is due this month." }),
      article({ slug: "velmar-completes", date: "1987-03-19", title: "Velmar-Holt Toolworks <VLMR> completes Hermetix purchase", text: "Velmar-Holt Toolworks said it completed its purchase of Hermetix Ltd, the British maker of sealed circuit packages, for about 600,000 dlrs." }),
    ]);
    expect(stories.map((s) => s.articles.length)).toEqual([2]);
  });

  // Bond notices written from one template: the issuers' names are all that tells them apart.
  it.each([
    ["Australian dollars", "KELSO UNIT HAS AUSTRALIAN DLR BOND", "BRAMBLE UNIT HAS AUSTRALIAN DLR BOND", "Australian", "14-3/4", "14-1/2"],
    ["Canadian dollars, title case", "Norland unit has Canadian dlr bond", "Vesta unit has Canadian dlr bond", "Canadian", "9-1/4", "9-5/8"],
  ])("keeps apart two issuers' notices of one template on different days that share one figure (%s)", (_form, first, second, currency, coupon, otherCoupon) => {
    const fillers = Array.from({ length: 60 }, (_, i) =>
      article({ slug: `filler-${i}`, date: new Date(Date.UTC(1985, 0, 1 + 10 * i)).toISOString().slice(0, 10), title: `Lender${i} unit has dlr bond`, text: `Lender${i} has a dlr bond, a unit of its group said.` }),
    );
    const notice = (slug: string, day: string, title: string, amount: string, rate: string, due: string, lead: string) =>
      article({
        slug,
        date: day,
        title,
        text: `LONDON - ${title.split(" ")[0]} is issuing a ${amount} mln ${currency} dlr eurobond due ${due} paying ${rate} pct and priced at 101-1/8, lead manager ${lead} said. The bonds are available in denominations of 1,000 ${currency} dlrs and will be listed in Luxembourg.`,
      });
    const two = [notice("first-bond", "1987-03-23", first, "46", coupon, "1992", "Deutsche Bank"), notice("second-bond", "1987-03-26", second, "40", otherCoupon, "1990", "Hambros")];
    expect(findStories([...BACKGROUND, ...fillers, ...two]).stories.filter((s) => s.articles.some((a) => two.includes(a)))).toEqual([]);
    // The first issuer's bond raised the next day is the same issue: its name is in both.
    const raised = notice("first-bond-raised", "1987-03-24", first.replace(/ has (\w+) dlr bond/i, " raises $1 eurobond to 60 mln"), "60", coupon, "1992", "Deutsche Bank");
    const { stories } = findStories([...BACKGROUND, ...fillers, ...two, raised]);
    expect(stories.map((s) => s.articles.map((a) => a.slug))).toEqual([["first-bond", "first-bond-raised"]]);
  });

  it("keeps apart a daily report whose round figures came out the same on two days", () => {
    // Round amounts the archive's reports carry many times over.
    const others = Array.from({ length: 60 }, (_, i) =>
      article({ slug: `forecast-${i}`, date: new Date(Date.UTC(1985, 0, 1 + 10 * i)).toISOString().slice(0, 10), title: `Market item ${i}`, text: `Market item ${i} gave 400 mln and 450 mln stg.` }),
    );
    const text = "The Bank of England said it revised its forecast of the shortage in the money market today down to 400 mln stg from 450 mln.";
    const title = "U.K. MONEY MARKET SHORTAGE FORECAST REVISED DOWN";
    const { stories } = findStories([
      ...BACKGROUND,
      ...others,
      article({ slug: "uk-shortage-revised", date: "1987-03-17", title, text }),
      article({ slug: "uk-shortage-revised", date: "1987-03-19", title, text }),
    ]);
    expect(stories).toEqual([]);
  });

  it("keeps apart a weekly figure whose two numbers swap (rises to A from B, then falls to B from A), and groups a repeat giving them in the same order", () => {
    const cases = [
      { what: "French 13-week T-bill average rate", a: "7.46", b: "7.37" },
      { what: "Belgian 3-month certificate yield", a: "6-7/8", b: "6-3/4" },
      { what: "DUTCH CALL MONEY AVERAGE RATE", a: "5.35", b: "5.20" },
    ];
    for (const { what, a, b } of cases) {
      const up = `${what} rises to ${a} pct from ${b} pct - official`;
      const down = `${what} falls to ${b} pct from ${a} pct - official`;
      const swapped = findStories([...BACKGROUND, article({ slug: "week-1", date: "1987-03-16", title: up, text: "" }), article({ slug: "week-2", date: "1987-03-23", title: down, text: "" })]);
      expect(swapped.stories, what).toEqual([]);
      const text = `The ${what.toLowerCase()} rose to ${a} pct at this week's tender from ${b} pct last week, the central bank said.`;
      const repeated = findStories([...BACKGROUND, article({ slug: "sent", date: "1987-03-16", title: up, text }), article({ slug: "sent-again", date: "1987-03-17", title: up, text })]);
      expect(repeated.stories.map((story) => story.articles.length), what).toEqual([2]);
    }
  });

  // One company's two announcements on different days, alike in its name and its topic only,
  // against one announcement told again the next day with its dates and figures; written three ways.
  it.each([
    {
      form: "upper case",
      service: ["HALVERSON TELECOM UNVEILS NEW LONG DISTANCE SERVICE FOR BUSINESS", "Halverson Telecom said it unveiled a new long distance service for business customers of Halverson, with lower rates than rival carriers, Halverson said."],
      cut: ["HALVERSON TELECOM CUTS LONG DISTANCE RATES FOR BUSINESS", "Halverson Telecom said it cut the long distance rates of Halverson for business customers, the second change this year, Halverson said."],
      split: ["HALVERSON SETS SPLIT, RAISES PAYOUT", "Halverson Telecom said its board declared a three-for-two stock split and raised the quarterly dividend to 42 cts from 38 cts, both payable April 15 to holders of record March 31."],
      again: ["HALVERSON <HLV> SETS STOCK SPLIT, UPS PAYOUT", "Halverson Telecom Inc said it declared a three-for-two split and raised its quarterly dividend to 42 cts a share. The split and dividend are payable April 15, record March 31."],
    },
    {
      form: "title case, re-worded",
      service: ["Quillon Telecom sets new long distance service for business", "Quillon Telecom launched a new long distance service for business customers on Tuesday, priced below the big carriers, Quillon said."],
      cut: ["Quillon Telecom sets long distance rates for business", "Quillon Telecom lowered some of its long distance rates for business customers, Quillon said, citing rival carriers."],
      split: ["Quillon sets split, higher dividend", "Quillon Telecom declared a three-for-two stock split and a quarterly dividend of 42 cts, up from 38 cts, payable Apr. 15 to holders of record Mar. 31."],
      again: ["Quillon Telecom sets three-for-two split and higher dividend", "Quillon Telecom's board declared a three-for-two split and a higher quarterly dividend, 42 cts, payable April 15, record March 31."],
    },
    {
      form: "re-spaced, lower case",
      service: ["marwick telecom  offers   new long distance service for business", "marwick telecom   said it offers a new\nlong distance service for business customers,  at lower rates than rival carriers, marwick said."],
      cut: ["marwick telecom reduces long  distance rates for business", "marwick telecom said it reduced its long distance rates\nfor business customers,   as rival carriers did, marwick said."],
      split: ["marwick sets  split, raises payout", "marwick telecom said its board declared a three-for-two stock split and raised the quarterly dividend to 42 cts from 38 cts,\npayable april 15 to holders of record march 31."],
      again: ["marwick telecom sets stock split", "marwick telecom said it declared a three-for-two split and   raised its quarterly payout to 42 cts, payable april 15, record march 31."],
    },
  ])("keeps apart one company's announcements on different days that share only its name and topic, and groups one told again the next day with its pay and record dates ($form)", ({ service, cut, split, again }) => {
    // Carriers' notices over two years: the topic's words, and these amounts, are common in the archive.
    const fillers = Array.from({ length: 60 }, (_, i) =>
      article({
        slug: `carrier-${i}`,
        date: new Date(Date.UTC(1985, 0, 1 + 10 * i)).toISOString().slice(0, 10),
        title: `Carrier${i} sets long distance rates`,
        text: `Carrier${i} Telecom said business customers of its long distance service pay new rates; rival carriers pay a quarterly dividend of 42 cts or 38 cts and declared a stock split.`,
      }),
    );
    const [a, b, c, d] = [service, cut, split, again].map(([title, text], i) =>
      article({ slug: `report-${i}`, date: ["1987-03-11", "1987-03-18", "1987-03-12", "1987-03-13"][i] as string, title: title as string, text: text as string }),
    );
    const mine = [a, b, c, d];
    const { stories } = findStories([...BACKGROUND, ...fillers, ...(mine as StoryArticle[])]);
    expect(stories.filter((s) => s.articles.some((x) => mine.includes(x))).map((s) => s.articles.map((x) => x.slug))).toEqual([["report-2", "report-3"]]);
  });

  it.each([
    ["FED SETS TWO BILLION DLR CUSTOMER REPURCHASE, FED SAYS", "FED SETS TWO BILLION DLR CUSTOMER REPURCHASE, FED SAYS"],
    ["Fed sets two billion dlr customer repurchase, Fed says", "FED SETS  TWO BILLION DLR CUSTOMER REPURCHASE,  FED SAYS"],
    ["Bank of Spain sets one-day repurchase", "BANK OF SPAIN SETS ONE-DAY REPURCHASE"],
  ])("keeps apart a bare flash sent again on another day, a daily operation's: %s", (first, second) => {
    const { stories } = findStories([
      ...BACKGROUND,
      article({ slug: "flash", date: "1987-03-11", title: first, text: "" }),
      article({ slug: "flash", date: "1987-03-17", title: second, text: "" }),
    ]);
    expect(stories).toEqual([]);
  });

  it("groups a wire's repeat of a story on the next day", () => {
    const text = "Argentina will ask its creditor banks for new deadlines on its debt talks, a senior official of the economy ministry said, after talks in New York stalled.";
    const { stories } = findStories([
      ...BACKGROUND,
      article({ slug: "argentina-deadlines", date: "1987-03-04", title: "Argentina seeks new debt deadlines, official says", text }),
      article({ slug: "argentina-deadlines", date: "1987-03-05", title: "Argentina seeks new debt deadlines, official says", text }),
    ]);
    expect(stories.map((s) => s.articles.length)).toEqual([2]);
  });

  it("never groups articles for a shared topic alone", () => {
    // Same subject (OPEC, oil), same days, different events.
    const { stories } = findStories([
      ...BACKGROUND,
      article({ slug: "saudi-output", date: "1987-03-02", title: "Saudi oil output falls in February", text: "Saudi Arabia's crude oil output fell to 3.1 mln barrels a day in February, oil industry sources in Riyadh said." }),
      article({ slug: "ecuador-pipeline", date: "1987-03-02", title: "Ecuador pipeline damaged by earthquake", text: "An earthquake damaged Ecuador's main crude oil pipeline, halting exports, the state oil company Cepe said in Quito." }),
    ]);
    expect(stories).toEqual([]);
  });

  it("gives the same stories whatever the order of the articles", () => {
    const articles = [...BACKGROUND, ...GENCORP];
    const slugs = (list: StoryArticle[]) => findStories(list).stories.map((s) => [s.slug, s.articles.map((a) => a.url)]);
    expect(slugs([...articles].reverse())).toEqual(slugs(articles));
  });

  it("keeps a story's address when a later article joins it or an unrelated one arrives", () => {
    const before = findStories([...BACKGROUND, ...GENCORP.slice(0, 2)]).stories.map((s) => s.slug);
    const after = findStories([
      ...BACKGROUND,
      ...GENCORP,
      article({ slug: "tin-council", date: "1987-03-03", title: "Tin council talks resume", text: "The International Tin Council resumed talks on its debts to banks and brokers in London." }),
    ]).stories.map((s) => s.slug);
    expect(before).toEqual(["1987-03-02-afg-bids-for-gencorp"]);
    expect(after).toEqual(before);
  });

  it("finds its candidates in near-linear time on a large archive", () => {
    // 20,000 articles of distinct vocabulary: if every pair were compared this would take minutes.
    const many: StoryArticle[] = [];
    for (let i = 0; i < 20_000; i++) {
      const words = Array.from({ length: 40 }, (_, w) => `w${(i * 37 + w * 101) % 50_000}`).join(" ");
      many.push(article({ slug: `a${i}`, date: `1987-0${(i % 9) + 1}-1${i % 10}`, title: `Report ${i} on w${i}`, text: words }));
    }
    const started = performance.now();
    findStories(many);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe("stories a year at a time", () => {
  // Each year a period however few articles it holds, as in an archive of thousands a year.
  const YEARLY = { ...DEFAULT_STORY_OPTIONS, periodArticles: 1 };
  /** The articles moved to start on `day` (their days as far apart as before), slugs suffixed so two copies differ. */
  const movedTo = (list: StoryArticle[], day: string, suffix = "") => {
    const shift = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${list[0]?.date.day}T00:00:00Z`);
    return list.map((a) => {
      const moved = new Date(Date.parse(`${a.date.day}T00:00:00Z`) + shift).toISOString().slice(0, 10);
      return article({ slug: `${a.slug}${suffix}`, date: a.date.hasTime ? `${moved} ${a.date.iso.slice(11, 16)}` : moved, title: a.title, text: a.plainText, source: a.source ?? REUTERS });
    });
  };
  // Background reports in both years, so that each year's weights are an archive's.
  const background = [...movedTo(BACKGROUND, "1987-12-01", "-dec"), ...movedTo(BACKGROUND, "1988-01-10", "-jan")];

  it("a year's articles and the last maxDays days before it make its period", () => {
    const days = ["1988-01-01", "1987-12-24", "1987-12-25", "1987-12-31", "1988-12-31", "1986-05-01", "1989-01-07", "1989-01-08"];
    const periods = groupingPeriods(days, 7, 1);
    expect(periods.map((p) => p.years)).toEqual(["1986", "1987", "1988", "1989"]);
    const named = (p: GroupingPeriod) => p.members.map((i, k) => `${days[i]}${p.guest[k] ? " guest" : ""}`);
    expect(named(periods[2] as GroupingPeriod)).toEqual(["1988-01-01", "1987-12-25 guest", "1987-12-31 guest", "1988-12-31"]);
    expect(named(periods[3] as GroupingPeriod)).toEqual(["1988-12-31 guest", "1989-01-07", "1989-01-08"]);
    expect(named(periods[0] as GroupingPeriod)).toEqual(["1986-05-01"]);
    // A longer reach takes more guests; none: none.
    expect(named(groupingPeriods(days, 8, 1)[2] as GroupingPeriod)).toContain("1987-12-24 guest");
    expect(groupingPeriods(days, 0, 1).every((p) => p.guest.every((g) => !g))).toBe(true);
  });

  it("joins years of few articles, oldest first, until a period holds periodArticles; fewer left at the end join the period before", () => {
    const inYear = (year: number, count: number) => Array.from({ length: count }, (_, i) => `${year}-0${1 + (i % 9)}-1${i % 10}`);
    const yearsOf = (counts: [number, number][], least: number) => groupingPeriods(counts.flatMap(([year, n]) => inYear(year, n)), 7, least).map((p) => p.years);
    expect(yearsOf([[1986, 3], [1987, 5], [1988, 2], [1989, 10], [1990, 1]], 5)).toEqual(["1986-1987", "1988-1990"]);
    // Every year holds enough: a period each, whatever the order the days come in.
    expect(yearsOf([[1990, 6], [1988, 5], [1989, 9]], 5)).toEqual(["1988", "1989", "1990"]);
    // This year's first few articles are weighed with last year's.
    expect(yearsOf([[2023, 5000], [2024, 5000], [2025, 12]], 2000)).toEqual(["2023", "2024-2025"]);
    // An archive smaller than a period: one, as before periods.
    expect(yearsOf([[2003, 12], [2007, 17], [2004, 7]], 2000)).toEqual(["2003-2007"]);
    // Every article is some period's own, once.
    const days = [[1986, 3], [1987, 5], [1988, 2], [1989, 10], [1990, 1]].flatMap(([y, n]) => inYear(y as number, n as number));
    for (const least of [1, 2, 5, 8, 100]) {
      const own = groupingPeriods(days, 7, least).flatMap((p) => p.members.filter((_, k) => !p.guest[k]));
      expect(own.sort((x, y) => x - y), `periodArticles ${least}`).toEqual(days.map((_, i) => i));
    }
  });

  it("cuts a year of more than yearArticles articles into runs of whole months of at most that many, every article some period's own once", () => {
    // 1987: 10 articles a month, 120; 1988: 3; 1989: 1 in January, 23 in March.
    const days = [
      ...Array.from({ length: 120 }, (_, i) => `1987-${String(1 + Math.floor(i / 10)).padStart(2, "0")}-${String(1 + (i % 10) * 3).padStart(2, "0")}`),
      "1988-02-01", "1988-06-30", "1988-12-31",
      "1989-01-05", ...Array.from({ length: 23 }, () => "1989-03-15"),
    ];
    const periodsOf = (most: number, least = 1) => groupingPeriods(days, 7, least, most);
    expect(periodsOf(Number.POSITIVE_INFINITY).map((p) => p.years)).toEqual(["1987", "1988", "1989"]);
    expect(periodsOf(120).map((p) => p.years)).toEqual(["1987", "1988", "1989"]);
    expect(periodsOf(60).map((p) => p.years)).toEqual(["1987-01..1987-06", "1987-07..1987-12", "1988", "1989"]);
    expect(periodsOf(50).map((p) => p.years)).toEqual(["1987-01..1987-05", "1987-06..1987-10", "1987-11..1987-12", "1988", "1989"]);
    // A month is never cut: 1989's March holds 23 of its 24.
    expect(periodsOf(12).slice(-2).map((p) => p.years)).toEqual(["1989-01..1989-02", "1989-03..1989-12"]);
    // Years of few articles still join the period after them (1988 joins 1989's first run).
    expect(periodsOf(12, 4).slice(-2).map((p) => p.years)).toEqual(["1988-01..1989-02", "1989-03..1989-12"]);
    for (const most of [1, 5, 12, 40, 60, 119, 1000]) {
      const periods = periodsOf(most);
      const own = periods.flatMap((p) => p.members.filter((_, k) => !p.guest[k]));
      expect(own.sort((x, y) => x - y), `yearArticles ${most}`).toEqual(days.map((_, i) => i));
      // No period holds more than yearArticles of its own, unless one month alone does (1989's March, 23).
      for (const period of periods) {
        expect(period.guest.filter((g) => !g).length, `${period.years} of yearArticles ${most}`).toBeLessThanOrEqual(Math.max(most, 23));
      }
    }
    // A run's guests: the 7 days before its first day.
    const second = periodsOf(60)[1] as GroupingPeriod;
    expect(second.members.filter((_, k) => second.guest[k]).map((i) => days[i])).toEqual(["1987-06-25", "1987-06-28"]);
  });

  it("tells one story across the months where a large year is cut, as over New Year", () => {
    // 1987 cut in two at the end of June: the story's reports on 29 June, 2 and 5 July.
    const story = movedTo(GENCORP, "1987-06-29");
    const filler = movedTo(BACKGROUND, "1987-02-01", "-feb");
    const late = movedTo(BACKGROUND, "1987-10-01", "-oct");
    const options = { ...YEARLY, yearArticles: Math.ceil((filler.length + story.length + late.length) / 2) };
    const periods = groupingPeriods([...filler, ...story, ...late].map((a) => a.date.day), 7, 1, options.yearArticles);
    expect(periods.length).toBe(2);
    const { stories } = findStories([...filler, ...story, ...late], options);
    expect(stories.map((s) => s.articles.map((a) => a.slug))).toEqual([["afg-bids-for-gencorp", "gencorp-studies-bid", "gencorp-rejects"]]);
  });

  it.each(["1987-12-26", "1987-12-29", "1987-12-31", "1988-01-01"])("tells one story over New Year (its first report on %s)", (first) => {
    const story = movedTo(GENCORP, first);
    const { stories } = findStories([...background, ...story], YEARLY);
    expect(stories.map((s) => s.articles.map((a) => a.slug))).toEqual([["afg-bids-for-gencorp", "gencorp-studies-bid", "gencorp-rejects"]]);
    expect(stories[0]?.slug).toBe(`${first}-afg-bids-for-gencorp`);
  });

  it("joins a story grouped in its year with the reports that follow in the next (through an article both years group)", () => {
    // 1987-12-22 and 12-28 are one story in 1987; 12-28 (a guest of 1988) and 1988-01-03 are linked in 1988.
    const [bid, studies, rejects] = GENCORP as [StoryArticle, StoryArticle, StoryArticle];
    const three = [movedTo([bid], "1987-12-22")[0], movedTo([studies], "1987-12-28")[0], movedTo([rejects], "1988-01-03")[0]] as StoryArticle[];
    const { stories, pairs } = findStories([...background, ...three], YEARLY);
    expect(stories.map((s) => s.articles.map((a) => a.date.day))).toEqual([["1987-12-22", "1987-12-28", "1988-01-03"]]);
    // Never linked directly: 12 days apart.
    const index = (a: StoryArticle) => [...background, ...three].indexOf(a);
    expect(pairs.some((p) => p.a === index(three[0] as StoryArticle) && p.b === index(three[2] as StoryArticle))).toBe(false);
  });

  it("a year's pairs, scores and stories do not change with another year's articles", () => {
    const year = [...BACKGROUND, ...GENCORP];
    const alone = findStories(year, YEARLY);
    const other = movedTo([...BACKGROUND, ...GENCORP], "1989-06-01", "-1989");
    for (const added of [other, other.slice(0, 5), [...other].reverse()]) {
      const withOther = findStories([...added, ...year], YEARLY);
      const urlsOf = (found: ReturnType<typeof findStories>, list: StoryArticle[]) =>
        found.pairs.map((p) => [list[p.a]?.url, list[p.b]?.url, p.score]).filter(([a]) => String(a).startsWith("/1987/"));
      expect(urlsOf(withOther, [...added, ...year])).toEqual(urlsOf(alone, year));
      expect(withOther.stories.filter((s) => s.firstDay < "1988").map((s) => s.slug)).toEqual(alone.stories.map((s) => s.slug));
    }
  });
});

describe("groupPairs", () => {
  // 0–1 and 1–2 strongly linked, 0–2 weakly: on averages alone the three make one group.
  const pairs = [
    { a: 0, b: 1, score: 0.9 },
    { a: 1, b: 2, score: 0.8 },
    { a: 0, b: 2, score: 0.2 },
  ];
  const key = (i: number) => `/${i}/`;

  it("joins groups whose average link reaches the join score", () => {
    expect(groupPairs(3, pairs, [], 0.3, key)).toEqual([[0, 1, 2]]);
  });

  it("never joins two groups when any article of one and any of the other are different events", () => {
    const differ = (a: number, b: number) => (a === 0 && b === 2) || (a === 2 && b === 0);
    expect(groupPairs(3, pairs, [], 0.3, key, differ)).toEqual([[0, 1], [2]]);
    // The same when the pair was never linked at all.
    expect(groupPairs(3, pairs.slice(0, 2), [], 0.3, key, differ)).toEqual([[0, 1], [2]]);
  });
});

describe("story names kept by the URL ledger", () => {
  const OLDER = article({ slug: "afg-to-bid-for-gencorp", date: "1987-03-01 10:00", title: "AFG and Wagner and Brown to bid for GenCorp", text: "AFG Industries and Wagner and Brown will offer 100 dlrs a share for GenCorp, the Akron tire and broadcasting group, in a hostile tender offer, traders said." });
  const ledgerOf = (stories: { slug: string; articles: readonly StoryArticle[] }[]) => new Map(stories.flatMap((s) => s.articles.map((a) => [a.sourceFile, s.slug] as const)));

  it("keeps a story's address when an older article is back-filled into it", () => {
    const before = findStories([...BACKGROUND, ...GENCORP]);
    expect(before.stories.map((s) => s.slug)).toEqual(["1987-03-02-afg-bids-for-gencorp"]);
    // Without the ledger the earliest article names the story…
    const unrecorded = findStories([...BACKGROUND, OLDER, ...GENCORP]);
    expect(unrecorded.stories.map((s) => [s.slug, s.articles.length])).toEqual([["1987-03-01-afg-to-bid-for-gencorp", 4]]);
    // …with it, the name stands, and nothing redirects.
    const kept = findStories([...BACKGROUND, OLDER, ...GENCORP], undefined, ledgerOf(before.stories));
    expect(kept.stories.map((s) => [s.slug, s.url, s.articles.length, s.articles[0]?.slug])).toEqual([
      ["1987-03-02-afg-bids-for-gencorp", "/stories/1987-03-02-afg-bids-for-gencorp/", 4, "afg-to-bid-for-gencorp"],
    ]);
    expect(kept.redirects).toEqual([]);
    expect(kept.storyOf.get(OLDER)?.slug).toBe("1987-03-02-afg-bids-for-gencorp");
  });

  const day = (n: number) => `1987-04-${String(n).padStart(2, "0")}`;
  const plain = (name: string, n: number) => article({ slug: name, date: day(n), title: name, text: name });

  it("when two stories become one, keeps the name most of its articles had and redirects the other", () => {
    const [a1, a2, a3, b1, b2, bridge] = [plain("a1", 3), plain("a2", 4), plain("a3", 5), plain("b1", 1), plain("b2", 2), plain("bridge", 6)] as StoryArticle[];
    const ledger = new Map([
      ["a1.md", "1987-04-03-a1"], ["a2.md", "1987-04-03-a1"], ["a3.md", "1987-04-03-a1"],
      ["b1.md", "1987-04-01-b1"], ["b2.md", "1987-04-01-b1"],
    ]);
    const joined = makeStory([a1, a2, a3, b1, b2, bridge] as StoryArticle[]);
    const { stories, redirects } = nameStories([joined], [a1, a2, a3, b1, b2, bridge] as StoryArticle[], ledger);
    expect(stories.map((s) => s.url)).toEqual(["/stories/1987-04-03-a1/"]);
    expect(redirects).toEqual([{ slug: "1987-04-01-b1", url: "/stories/1987-04-01-b1/", to: "/stories/1987-04-03-a1/", title: "b1" }]);
  });

  it("when a story splits, the larger part keeps its name and the other takes its own first article's", () => {
    const all = [plain("a1", 1), plain("a2", 2), plain("a3", 3), plain("a4", 4), plain("a5", 5)] as StoryArticle[];
    const ledger = new Map(all.map((a) => [a.sourceFile, "1987-04-01-a1"] as const));
    // a1 goes with the smaller part: the name stays with the larger, whose first article is a3.
    const parts = [makeStory([all[0], all[1]] as StoryArticle[]), makeStory([all[2], all[3], all[4]] as StoryArticle[])];
    const { stories, redirects } = nameStories(parts, all, ledger);
    expect(stories.map((s) => [s.slug, s.articles.map((a) => a.slug)])).toEqual([
      ["1987-04-01-a1-2", ["a1", "a2"]],
      ["1987-04-01-a1", ["a3", "a4", "a5"]],
    ]);
    expect(redirects).toEqual([]);
  });

  it("a story that is no more leads to its first article still in the archive; one whose articles are all gone is dropped", () => {
    const [a1, a2] = [plain("a1", 1), plain("a2", 2)] as StoryArticle[];
    const ledger = new Map([["a1.md", "1987-04-01-a1"], ["a2.md", "1987-04-01-a1"], ["gone.md", "1987-03-01-gone"]]);
    const { stories, redirects } = nameStories([], [a2 as StoryArticle], ledger);
    expect(stories).toEqual([]);
    expect(redirects).toEqual([{ slug: "1987-04-01-a1", url: "/stories/1987-04-01-a1/", to: a2?.url, title: "a2" }]);
    expect(nameStories([], [a1, a2] as StoryArticle[], new Map()).redirects).toEqual([]);
  });
});

describe("makeStory", () => {
  it("lists agencies and places by their number of articles, and the timeline by day", () => {
    const a = { ...GENCORP[0], source: TASS, dateline: dateline(LONDON) } as StoryArticle;
    const story = makeStory([GENCORP[2] as StoryArticle, a, GENCORP[1] as StoryArticle]);
    expect(story.articles[0]).toBe(a);
    expect(story.agencies.map((x) => x.slug)).toEqual(["ap", "reuters", "tass"]);
    expect(story.places.map((x) => x.slug)).toEqual(["new-york-us", "london-gb"]);
  });
});

describe("tokenize", () => {
  it.each([
    ["GenCorp's board REJECTED the bid", ["gencorp", "board", "rejected", "bid"]],
    ["Net 1,234 vs 1.05 mln", ["net", "1,234", "vs", "1.05", "mln"]],
    ["伊朗外长", ["伊朗", "朗外", "外长"]],
  ])("%s → %j", (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe("findSimilarPairs", () => {
  it("finds the same pairs, with the same scores, whatever the order of the articles, and each pair once", () => {
    // Small archives of few words, so that articles share terms often, over a few weeks: the
    // candidates of each article are walked along each of its terms' lists from its own place.
    const words = ["oil", "opec", "output", "crude", "quota", "bank", "rate", "cut", "gencorp", "bid", "afg", "tin", "council", "talks", "wheat", "export", "dollar", "yen"];
    const article = fc.record({
      title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")),
      plainText: fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 25 }).map((w) => w.join(" ")),
      day: fc.integer({ min: 1, max: 21 }).map((d) => `1987-03-${String(d).padStart(2, "0")}`),
    });
    const archive = fc.array(article, { minLength: 2, maxLength: 40 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, i) => i), { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(archive, ([list, order]) => {
        const options = { minScore: 0.2, maxDays: 3 };
        const found = (result: ReturnType<typeof findSimilarPairs>, indexOf: (i: number) => number) =>
          [...result.pairs, ...result.conflicts].map(({ a, b, score }) => ({ a: Math.min(indexOf(a), indexOf(b)), b: Math.max(indexOf(a), indexOf(b)), score })).sort((x, y) => x.a - y.a || x.b - y.b);
        const inOrder = found(findSimilarPairs(list, options), (i) => i);
        const shuffled = found(findSimilarPairs(order.map((i) => list[i] as (typeof list)[number]), options), (i) => order[i] as number);
        // Each pair once, within maxDays.
        expect(new Set(inOrder.map(({ a, b }) => `${a}-${b}`)).size).toBe(inOrder.length);
        const dayOf = (i: number) => Number((list[i] as (typeof list)[number]).day.slice(8));
        for (const { a, b } of inOrder) expect(Math.abs(dayOf(a) - dayOf(b))).toBeLessThanOrEqual(options.maxDays);
        expect(shuffled.map(({ a, b }) => [a, b])).toEqual(inOrder.map(({ a, b }) => [a, b]));
        // Terms are numbered in the order they are met, and a cosine sums in the order of the numbers: equal up to rounding.
        shuffled.forEach(({ score }, k) => expect(score).toBeCloseTo((inOrder[k] as { score: number }).score, 12));
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });

  it("compares only articles within maxDays of each other", () => {
    const x = { title: "GenCorp rejects AFG bid", plainText: "GenCorp rejected the AFG offer.", day: "1987-03-02" };
    const y = { ...x, day: "1987-03-20" };
    expect(findSimilarPairs([x, y], { minScore: 0.1, maxDays: 7 }).pairs).toEqual([]);
    expect(findSimilarPairs([x, { ...y, day: "1987-03-04" }], { minScore: 0.1, maxDays: 7 }).pairs).toHaveLength(1);
  });
});
