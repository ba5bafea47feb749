import { describe, expectTypeOf, it } from "vitest";
import {
  type BusinessCaseLine,
  businessCase,
  type ContactCostDimension,
  type CostToServe,
  costContacts,
  costToServe,
  npv,
  SOCITM_2012_UNIT_COSTS,
  type TakeUpCurve,
  type TeamStaffing,
  type UnitCostPreset,
  type UnitCostTable,
} from "../../src/cost/index.js";
import { type Money, money } from "../../src/money/index.js";
import type { Contact } from "../../src/schema/index.js";

describe("cost types", () => {
  it("keys unit-cost tables by channel code only", () => {
    const table: UnitCostTable = { telephone: "2.83", "web-form": 0.15 };
    expectTypeOf(table).toExtend<UnitCostTable>();
    // @ts-expect-error: "pigeon" is not a channel code
    const wrong: UnitCostTable = { pigeon: "1" };
    void wrong;
  });

  it("types presets as UnitCostPreset, usable wherever a table is", () => {
    expectTypeOf(SOCITM_2012_UNIT_COSTS).toEqualTypeOf<UnitCostPreset>();
    expectTypeOf(costToServe({ telephone: 1 }, SOCITM_2012_UNIT_COSTS)).toEqualTypeOf<CostToServe>();
  });

  it("returns Money, not strings or numbers, for amounts", () => {
    expectTypeOf(costToServe({ telephone: 1 }, SOCITM_2012_UNIT_COSTS).total).toEqualTypeOf<Money>();
    expectTypeOf(npv([money("1")])).toEqualTypeOf<Money>();
    expectTypeOf(businessCase({}).paybackYear).toEqualTypeOf<number | null>();
  });

  it("takes schema contacts as costable records", () => {
    expectTypeOf(costContacts).toBeCallableWith([] as Contact[], SOCITM_2012_UNIT_COSTS);
    expectTypeOf<ContactCostDimension>().toEqualTypeOf<"channel" | "service" | "cluster" | "month" | "enquiry">();
  });

  it("refuses numbers where a business case wants Money", () => {
    // @ts-expect-error: amounts are Money, made with money()
    const line: BusinessCaseLine = { name: "x", amounts: [100] };
    void line;
  });

  it("requires the fields of each take-up curve and staffing kind", () => {
    const curve: TakeUpCurve = { kind: "s-curve", years: 3 };
    void curve;
    // @ts-expect-error: a linear curve needs years
    const noYears: TakeUpCurve = { kind: "linear" };
    void noYears;
    // @ts-expect-error: a workload team needs its handle minutes
    const team: TeamStaffing = { kind: "workload", productiveHoursPerFte: 1650, costPerFte: money("1") };
    void team;
  });
});
