import type { UnitCostPreset } from "./UnitCostPreset.js";

const FACE_TO_FACE_NOTE =
  "'Face to face' is costed on both face-to-face and one-stop-shop (the taxonomy counts a one-stop shop as a kind of face to face).";
const WEB_NOTE = "'Web' is costed on both web-form and web-self-service (both are the website, esd access channel 1).";
const POST_NOTE = "'Post' is costed on letter.";

/**
 * Socitm's typical local-government costs, 2012: **£8.62 per face-to-face visit, £2.83 per phone
 * call, £0.15 per web visit**. These are Socitm figures for councils, quoted in the Government
 * Digital Strategy (2012); they are *not* from the Cabinet Office's Digital Efficiency Report,
 * which they are often credited to. ✅ confirmed.
 *
 * @example
 * ```ts
 * import { SOCITM_2012_UNIT_COSTS, costToServe } from "council-contact/cost";
 * SOCITM_2012_UNIT_COSTS.costs //=> { "face-to-face": "8.62", "one-stop-shop": "8.62", telephone: "2.83", "web-form": "0.15", "web-self-service": "0.15" }
 * costToServe({ telephone: 1000, "web-form": 1000 }, SOCITM_2012_UNIT_COSTS).total //=> "2980.00"
 * ```
 */
export const SOCITM_2012_UNIT_COSTS: UnitCostPreset = {
  id: "socitm-2012",
  label: "Socitm 2012 (local government)",
  year: "2012",
  source:
    'Socitm, as reported by Computer Weekly, "Socitm: two-thirds of council enquiries are now digital"; quoted in the Government Digital Strategy (2012, via governmentbusiness.co.uk) and by councils (welhat.gov.uk, Think Digital).',
  counted:
    "Typical cost to a council of one face-to-face visit, one phone call and one web visit; 'remained pretty much constant since 2009'.",
  confidence: "confirmed",
  costs: {
    "face-to-face": "8.62",
    "one-stop-shop": "8.62",
    telephone: "2.83",
    "web-form": "0.15",
    "web-self-service": "0.15",
  },
  notes: [
    FACE_TO_FACE_NOTE,
    WEB_NOTE,
    "Common misquote: these are Socitm figures for local government, not figures from the Digital Efficiency Report (Cabinet Office, Nov 2012), whose own ratios (digital 20× cheaper than phone, 30× and 50× than post and face to face, in an order the sources dispute) are ⚠️.",
  ],
  otherFigures: [],
} as const satisfies UnitCostPreset;

/**
 * Socitm's typical local-government costs, 2009: £7.40 per face-to-face visit, £2.90 per call,
 * £0.32 per web visit. ✅ confirmed.
 *
 * @example
 * ```ts
 * import { SOCITM_2009_UNIT_COSTS } from "council-contact/cost";
 * SOCITM_2009_UNIT_COSTS.costs.telephone //=> "2.90"
 * ```
 */
export const SOCITM_2009_UNIT_COSTS: UnitCostPreset = {
  id: "socitm-2009",
  label: "Socitm 2009 (local government)",
  year: "2009",
  source:
    "Socitm 2009, via press20.blogspot.com (April 2015); Socitm's 2010 conference slides also give £7.40 per face-to-face visit (slideshare, socitm/martin-greenwood).",
  counted: "Typical cost to a council of one face-to-face visit, one phone call and one web visit.",
  confidence: "confirmed",
  costs: {
    "face-to-face": "7.40",
    "one-stop-shop": "7.40",
    telephone: "2.90",
    "web-form": "0.32",
    "web-self-service": "0.32",
  },
  notes: [FACE_TO_FACE_NOTE, WEB_NOTE],
  otherFigures: [],
} as const satisfies UnitCostPreset;

/**
 * Socitm's 2008 benchmarking: £9.34 per face-to-face visit, £3.76 per call, £0.27 per web visit.
 * ✅ confirmed.
 *
 * @example
 * ```ts
 * import { SOCITM_2008_UNIT_COSTS } from "council-contact/cost";
 * SOCITM_2008_UNIT_COSTS.costs["face-to-face"] //=> "9.34"
 * ```
 */
export const SOCITM_2008_UNIT_COSTS: UnitCostPreset = {
  id: "socitm-2008",
  label: "Socitm 2008 benchmarking",
  year: "2008",
  source: "Socitm 2008 benchmarking, via usability-ed.blogspot.com (July 2011).",
  counted: "Cost to a council of one face-to-face visit, one phone call and one web visit.",
  confidence: "confirmed",
  costs: {
    "face-to-face": "9.34",
    "one-stop-shop": "9.34",
    telephone: "3.76",
    "web-form": "0.27",
    "web-self-service": "0.27",
  },
  notes: [
    FACE_TO_FACE_NOTE,
    WEB_NOTE,
    "Across five UK local-government studies the same source finds web 88–93% cheaper than phone and 95–97% cheaper than in person (medians, 52–85 councils).",
  ],
  otherFigures: [],
} as const satisfies UnitCostPreset;

/**
 * The low end of Socitm's range across councils, c. 2009: £4.83 face to face, £1.28 a call,
 * £0.22 a web visit. Pair it with {@link SOCITM_2009_HIGH_UNIT_COSTS} for a sensitivity range.
 * ✅ confirmed.
 *
 * @example
 * ```ts
 * import { SOCITM_2009_LOW_UNIT_COSTS } from "council-contact/cost";
 * SOCITM_2009_LOW_UNIT_COSTS.costs.telephone //=> "1.28"
 * ```
 */
export const SOCITM_2009_LOW_UNIT_COSTS: UnitCostPreset = {
  id: "socitm-2009-low",
  label: "Socitm c.2009, lowest council",
  year: "c.2009",
  source: "Socitm minimum–maximum figures, via greatemancipator.com (9 July 2009, 'Channel accounting').",
  counted:
    "The lowest cost per face-to-face visit, call and web visit among the councils benchmarked; Socitm uses CIPFA's Accounting Code for Best Value.",
  confidence: "confirmed",
  costs: {
    "face-to-face": "4.83",
    "one-stop-shop": "4.83",
    telephone: "1.28",
    "web-form": "0.22",
    "web-self-service": "0.22",
  },
  notes: [FACE_TO_FACE_NOTE, WEB_NOTE, "Each channel's minimum may come from a different council."],
  otherFigures: [],
} as const satisfies UnitCostPreset;

/**
 * The high end of Socitm's range across councils, c. 2009: £9.56 face to face, £5.57 a call,
 * £0.56 a web visit. ✅ confirmed.
 *
 * @example
 * ```ts
 * import { SOCITM_2009_HIGH_UNIT_COSTS } from "council-contact/cost";
 * SOCITM_2009_HIGH_UNIT_COSTS.costs.telephone //=> "5.57"
 * ```
 */
export const SOCITM_2009_HIGH_UNIT_COSTS: UnitCostPreset = {
  ...SOCITM_2009_LOW_UNIT_COSTS,
  id: "socitm-2009-high",
  label: "Socitm c.2009, highest council",
  counted:
    "The highest cost per face-to-face visit, call and web visit among the councils benchmarked; Socitm uses CIPFA's Accounting Code for Best Value.",
  costs: {
    "face-to-face": "9.56",
    "one-stop-shop": "9.56",
    telephone: "5.57",
    "web-form": "0.56",
    "web-self-service": "0.56",
  },
  notes: [FACE_TO_FACE_NOTE, WEB_NOTE, "Each channel's maximum may come from a different council."],
} as const satisfies UnitCostPreset;

/**
 * North West e-Government Group, March 2008, by the CLG/CIPFA method: £7.81 face to face, £4.00 a
 * call, £0.17 web; touchtone £0.09, payment network £0.50, direct debit £0.02. ✅ confirmed.
 *
 * @example
 * ```ts
 * import { NWEGG_2008_UNIT_COSTS } from "council-contact/cost";
 * NWEGG_2008_UNIT_COSTS.otherFigures.map((figure) => figure.label) //=> ["touchtone", "payment network", "direct debit"]
 * ```
 */
export const NWEGG_2008_UNIT_COSTS: UnitCostPreset = {
  id: "nwegg-2008",
  label: "North West e-Government Group, 2008",
  year: "March 2008",
  source: "NWEGG, CLG/CIPFA method, via greatemancipator.com (9 July 2009, 'Channel accounting').",
  counted: "Cost per contact by channel for the north-west councils, by the CLG/CIPFA costing method.",
  confidence: "confirmed",
  costs: {
    "face-to-face": "7.81",
    "one-stop-shop": "7.81",
    telephone: "4.00",
    "web-form": "0.17",
    "web-self-service": "0.17",
  },
  notes: [FACE_TO_FACE_NOTE, WEB_NOTE],
  otherFigures: [
    { label: "touchtone", cost: "0.09" },
    { label: "payment network", cost: "0.50" },
    { label: "direct debit", cost: "0.02" },
  ],
} as const satisfies UnitCostPreset;

/**
 * London Borough of Lambeth: £1.66 face to face, £0.85 a call, £0.09 web; far below the Socitm
 * medians, a reminder that councils count different things. ✅ confirmed.
 *
 * @example
 * ```ts
 * import { LAMBETH_UNIT_COSTS } from "council-contact/cost";
 * LAMBETH_UNIT_COSTS.costs["face-to-face"] //=> "1.66"
 * ```
 */
export const LAMBETH_UNIT_COSTS: UnitCostPreset = {
  id: "lambeth",
  label: "Lambeth",
  year: "not stated (quoted July 2009)",
  source: "London Borough of Lambeth, via greatemancipator.com (9 July 2009, 'Channel accounting').",
  counted: "Cost per contact by channel at one London borough; what was included is not stated.",
  confidence: "confirmed",
  costs: {
    "face-to-face": "1.66",
    "one-stop-shop": "1.66",
    telephone: "0.85",
    "web-form": "0.09",
    "web-self-service": "0.09",
  },
  notes: [FACE_TO_FACE_NOTE, WEB_NOTE],
  otherFigures: [],
} as const satisfies UnitCostPreset;

/**
 * Socitm figures for a group of north-west councils: £14.00 face to face, £5.00 a call, £0.17 web,
 * IVR £0.20. ⚠️ secondary source only.
 *
 * @example
 * ```ts
 * import { SOCITM_NORTH_WEST_UNIT_COSTS } from "council-contact/cost";
 * SOCITM_NORTH_WEST_UNIT_COSTS.confidence //=> "secondary"
 * ```
 */
export const SOCITM_NORTH_WEST_UNIT_COSTS: UnitCostPreset = {
  id: "socitm-north-west",
  label: "Socitm, north-west councils group",
  year: "not stated",
  source:
    "Socitm figures for a north-west councils group, as given by 3cconsultants.co.uk and a Gerald Power white paper (secondary).",
  counted: "Cost per contact by channel for a group of north-west councils.",
  confidence: "secondary",
  costs: {
    "face-to-face": "14.00",
    "one-stop-shop": "14.00",
    telephone: "5.00",
    "web-form": "0.17",
    "web-self-service": "0.17",
  },
  notes: [FACE_TO_FACE_NOTE, WEB_NOTE, "Only secondary sources give these figures."],
  otherFigures: [{ label: "IVR", cost: "0.20" }],
} as const satisfies UnitCostPreset;

/**
 * PwC's study of 19 London and south-east councils: £10.53 face to face, £3.39 a call, £12.10 a
 * letter, £0.08 online. ⚠️ secondary source only.
 *
 * @example
 * ```ts
 * import { PWC_LONDON_SOUTH_EAST_UNIT_COSTS } from "council-contact/cost";
 * PWC_LONDON_SOUTH_EAST_UNIT_COSTS.costs.letter //=> "12.10"
 * ```
 */
export const PWC_LONDON_SOUTH_EAST_UNIT_COSTS: UnitCostPreset = {
  id: "pwc-london-south-east",
  label: "PwC, 19 London and south-east councils",
  year: "not stated (quoted 2011)",
  source:
    "PwC study of 19 London and south-east local authorities, as given by 3cconsultants.co.uk and quoted by Chris Chant (Cabinet Office, 2011) (secondary).",
  counted: "Cost per contact by channel across 19 councils.",
  confidence: "secondary",
  costs: {
    "face-to-face": "10.53",
    "one-stop-shop": "10.53",
    telephone: "3.39",
    letter: "12.10",
    "web-form": "0.08",
    "web-self-service": "0.08",
  },
  notes: [FACE_TO_FACE_NOTE, WEB_NOTE, POST_NOTE, "Only secondary sources give these figures."],
  otherFigures: [],
} as const satisfies UnitCostPreset;

/**
 * Rochdale MBC: face to face more than £15, a call about £4.40, web 'a few pence'. The web figure
 * is not a number, so web is left uncosted; the face-to-face figure is a lower bound. ✅ confirmed.
 *
 * @example
 * ```ts
 * import { ROCHDALE_UNIT_COSTS } from "council-contact/cost";
 * ROCHDALE_UNIT_COSTS.costs //=> { "face-to-face": "15.00", "one-stop-shop": "15.00", telephone: "4.40" }
 * ```
 */
export const ROCHDALE_UNIT_COSTS: UnitCostPreset = {
  id: "rochdale",
  label: "Rochdale MBC",
  year: "not stated",
  source: "Rochdale Metropolitan Borough Council report, via docest.com (doc 374747).",
  counted: "Cost per contact by channel at one metropolitan borough.",
  confidence: "confirmed",
  costs: { "face-to-face": "15.00", "one-stop-shop": "15.00", telephone: "4.40" },
  notes: [
    FACE_TO_FACE_NOTE,
    "Face to face is 'more than £15': £15.00 is a lower bound. The call is '≈ £4.40'.",
    "Web is 'a few pence', not a figure, so web channels are left uncosted rather than guessed.",
  ],
  otherFigures: [],
} as const satisfies UnitCostPreset;

/**
 * GDS Transactions Explorer, January 2013, booking a driving test: £4.11 by phone, £6.62 by post,
 * £0.22 online. A central-government *transaction*, not a council contact. ✅ confirmed.
 *
 * @example
 * ```ts
 * import { GDS_2013_DRIVING_TEST_UNIT_COSTS } from "council-contact/cost";
 * GDS_2013_DRIVING_TEST_UNIT_COSTS.costs //=> { telephone: "4.11", letter: "6.62", "web-form": "0.22", "web-self-service": "0.22" }
 * ```
 */
export const GDS_2013_DRIVING_TEST_UNIT_COSTS: UnitCostPreset = {
  id: "gds-2013-driving-test",
  label: "GDS 2013, booking a driving test",
  year: "January 2013",
  source: "GDS Transactions Explorer (January 2013), via the European Commission ISA news item and the GDS blog.",
  counted: "Cost to government per completed transaction of booking a driving test, by channel.",
  confidence: "confirmed",
  costs: { telephone: "4.11", letter: "6.62", "web-form": "0.22", "web-self-service": "0.22" },
  notes: [
    WEB_NOTE,
    POST_NOTE,
    "A cost per transaction (the GOV.UK KPI), which includes every contact the transaction took.",
  ],
  otherFigures: [],
} as const satisfies UnitCostPreset;

/**
 * Every unit-cost preset, in the order the domain notes' table (§3.1) lists them.
 *
 * @example
 * ```ts
 * import { UNIT_COST_PRESETS } from "council-contact/cost";
 * UNIT_COST_PRESETS.map((preset) => preset.id).slice(0, 3) //=> ["socitm-2012", "socitm-2009", "socitm-2008"]
 * UNIT_COST_PRESETS.filter((preset) => preset.confidence === "secondary").length //=> 2
 * ```
 */
export const UNIT_COST_PRESETS: readonly UnitCostPreset[] = [
  SOCITM_2012_UNIT_COSTS,
  SOCITM_2009_UNIT_COSTS,
  SOCITM_2008_UNIT_COSTS,
  SOCITM_2009_LOW_UNIT_COSTS,
  SOCITM_2009_HIGH_UNIT_COSTS,
  NWEGG_2008_UNIT_COSTS,
  LAMBETH_UNIT_COSTS,
  SOCITM_NORTH_WEST_UNIT_COSTS,
  PWC_LONDON_SOUTH_EAST_UNIT_COSTS,
  ROCHDALE_UNIT_COSTS,
  GDS_2013_DRIVING_TEST_UNIT_COSTS,
];
