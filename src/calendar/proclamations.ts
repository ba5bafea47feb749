import type { HolidayKey } from "./bankHolidayRules.js";
import type { GovUkDivision } from "./Division.js";

/**
 * A one-off change to the rules, made by royal proclamation under the Banking and Financial
 * Dealings Act 1971 s.1(2)–(3) (for Scotland on the advice of Scottish Ministers), tagged by `kind`:
 * - `moved`: a recurring holiday held on another date that year;
 * - `additional`: an extra bank holiday;
 * - `no-substitute`: a holiday fell at a weekend and, unusually, no substitute weekday was
 *   appointed, so it stayed on the weekend.
 *
 * @example
 * ```ts
 * import type { Proclamation } from "council-contact/calendar";
 * const coronation: Proclamation = {
 *   kind: "additional", date: "2023-05-08", title: "Bank holiday for the coronation of King Charles III",
 *   divisions: ["england-and-wales", "scotland", "northern-ireland"], source: "gov.uk news, 6 November 2022",
 * };
 * coronation.kind //=> "additional"
 * ```
 */
export type Proclamation =
  | {
      /** A recurring holiday held on another date. */
      readonly kind: "moved";
      /** Which holiday moved. */
      readonly holiday: HolidayKey;
      /** Where it moved to, `YYYY-MM-DD`. */
      readonly date: string;
      /** The title GOV.UK gives the moved day, where it differs from the rule's. */
      readonly title?: string;
      /** The divisions it applied to. */
      readonly divisions: readonly GovUkDivision[];
      /** Where this is recorded. */
      readonly source: string;
    }
  | {
      /** An extra bank holiday. */
      readonly kind: "additional";
      /** Its date, `YYYY-MM-DD`. */
      readonly date: string;
      /** Its title: GOV.UK's where GOV.UK lists it. */
      readonly title: string;
      /** The divisions it applied to. */
      readonly divisions: readonly GovUkDivision[];
      /** Where this is recorded. */
      readonly source: string;
    }
  | {
      /** No substitute day was appointed for a holiday that fell at a weekend. */
      readonly kind: "no-substitute";
      /** Which holiday. */
      readonly holiday: HolidayKey;
      /** The year. */
      readonly year: number;
      /** The divisions concerned. */
      readonly divisions: readonly GovUkDivision[];
      /** Where this is recorded. */
      readonly source: string;
    };

const ALL = ["england-and-wales", "scotland", "northern-ireland"] as const;
const GOVUK_JSON = "GOV.UK bank holidays data (gov.uk/bank-holidays.json), all three divisions";

const proclamations = [
  {
    kind: "moved",
    holiday: "spring",
    date: "2002-06-04",
    divisions: ALL,
    source:
      "Golden Jubilee: Prime Minister's written answer of 23 November 2000 moving the spring bank holiday from 27 May to Tuesday 4 June 2002 (BBC News, 24 November 2000, news.bbc.co.uk/2/hi/uk_news/1038809.stm); Scotland and Northern Ireland followed, as for the 2012 and 2022 jubilees",
  },
  {
    kind: "additional",
    date: "2002-06-03",
    title: "Golden Jubilee bank holiday",
    divisions: ALL,
    source: "Golden Jubilee: the same written answer (BBC News, 24 November 2000); title ours",
  },
  {
    kind: "additional",
    date: "2011-04-29",
    title: "Royal wedding bank holiday",
    divisions: ALL,
    source:
      "Wedding of Prince William and Catherine Middleton: announced by the Prime Minister for England, Wales and Northern Ireland and by the Scottish Government for Scotland on 23 November 2010 (edinburghguide.com/events/royal-wedding-holiday); title ours",
  },
  {
    kind: "moved",
    holiday: "spring",
    date: "2012-06-04",
    divisions: ALL,
    source: `Diamond Jubilee: GOV.UK's 2012 data (alphagov/calendars lib/data/bank-holidays.json); Scottish Government, "Queen's Diamond Jubilee" (2010)`,
  },
  {
    kind: "additional",
    date: "2012-06-05",
    title: "Queen’s Diamond Jubilee",
    divisions: ALL,
    source: "Diamond Jubilee: GOV.UK's 2012 data (alphagov/calendars lib/data/bank-holidays.json)",
  },
  {
    kind: "moved",
    holiday: "early-may",
    date: "2020-05-08",
    title: "Early May bank holiday (VE day)",
    divisions: ALL,
    source: `75th anniversary of VE Day: London Gazette notice 3326938 (England, Wales and Northern Ireland); ${GOVUK_JSON}`,
  },
  {
    kind: "moved",
    holiday: "spring",
    date: "2022-06-02",
    divisions: ALL,
    source: `Platinum Jubilee: gov.uk/government/news/extra-bank-holiday-to-mark-the-queens-platinum-jubilee-in-2022; ${GOVUK_JSON}`,
  },
  {
    kind: "additional",
    date: "2022-06-03",
    title: "Platinum Jubilee bank holiday",
    divisions: ALL,
    source: `Platinum Jubilee: ${GOVUK_JSON}`,
  },
  {
    kind: "additional",
    date: "2022-09-19",
    title: "Bank Holiday for the State Funeral of Queen Elizabeth II",
    divisions: ALL,
    source: `State funeral: London Gazette notice 4158896 (England, Wales and Northern Ireland) and a separate proclamation for Scotland, both approved at the Accession Council on 10 September 2022; ${GOVUK_JSON}`,
  },
  {
    kind: "additional",
    date: "2023-05-08",
    title: "Bank holiday for the coronation of King Charles III",
    divisions: ALL,
    source: `Coronation: gov.uk/government/news/bank-holiday-proclaimed-in-honour-of-the-coronation-of-his-majesty-king-charles-iii ("across the United Kingdom"); ${GOVUK_JSON}`,
  },
  {
    kind: "additional",
    date: "2026-06-15",
    title: "World Cup bank holiday",
    divisions: ["scotland"],
    source:
      'Scotland at the men\'s FIFA World Cup: royal proclamation under BFDA 1971 s.1(3) approved 4 February 2026 (Scottish Government, "World Cup bank holiday confirmed", 5 February 2026); later than our GOV.UK snapshot, so the title is ours',
  },
  {
    kind: "no-substitute",
    holiday: "second-january",
    year: 2010,
    divisions: ["scotland"],
    source:
      "2 January 2010 was a Saturday and no proclamation appointed Monday 4 January 2010: confirmed by the Scottish Government via the Privy Council, Crown Office and Edinburgh Gazette (dracos.co.uk/wrote/bad-bank-holidays, January 2014)",
  },
  {
    kind: "no-substitute",
    holiday: "new-years-day",
    year: 2011,
    divisions: ["scotland"],
    source:
      "1 January 2011 was a Saturday and no proclamation appointed a substitute; 2 January (a Sunday) moved to Monday 3 January by the Act itself, and 4 January was not a bank holiday (dracos.co.uk/wrote/bad-bank-holidays, January 2014)",
  },
] as const satisfies readonly Proclamation[];

/**
 * Every one-off change to the UK bank holiday rules from 2000 to 2100 that we know of, each with
 * its source. The dates of 2002 and 2011 predate GOV.UK's data, so their titles are ours.
 *
 * @example
 * ```ts
 * import { PROCLAMATIONS } from "council-contact/calendar";
 * const extraDays = PROCLAMATIONS.filter((p) => p.kind === "additional").map((p) => p.date);
 * extraDays //=> ["2002-06-03", "2011-04-29", "2012-06-05", "2022-06-03", "2022-09-19", "2023-05-08", "2026-06-15"]
 * ```
 */
export const PROCLAMATIONS: readonly Proclamation[] = Object.freeze(
  proclamations.map((p) => Object.freeze({ ...p, divisions: Object.freeze([...p.divisions]) })),
);
