import { describe, expectTypeOf, it } from "vitest";
import type {
  AvoidableReason,
  BuiltInClusterId,
  Channel,
  ContactOutcome,
  Interaction,
  LifeEvent,
  StarterServiceId,
} from "../../src/taxonomy/index.js";

describe("taxonomy code types", () => {
  it("are unions of the literal codes, so a typo fails to compile", () => {
    expectTypeOf<"telephone">().toExtend<Channel>();
    expectTypeOf<"chase">().toExtend<Interaction>();
    expectTypeOf<"progress-chasing">().toExtend<AvoidableReason>();
    expectTypeOf<"abandoned">().toExtend<ContactOutcome>();
    expectTypeOf<"street-scene">().toExtend<BuiltInClusterId>();
    expectTypeOf<"missed-bin">().toExtend<StarterServiceId>();
    expectTypeOf<"bereavement">().toExtend<LifeEvent>();
    // @ts-expect-error not a channel
    const pigeon: Channel = "pigeon";
    // @ts-expect-error not a starter service
    const dragons: StarterServiceId = "dragon-control";
    // @ts-expect-error codes are kebab-case
    const shouting: AvoidableReason = "PROGRESS_CHASING";
    expectTypeOf(pigeon).toEqualTypeOf<Channel>();
    expectTypeOf(dragons).toEqualTypeOf<StarterServiceId>();
    expectTypeOf(shouting).toEqualTypeOf<AvoidableReason>();
  });
});
