import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario } from "./parse.js";
import { eventSchema } from "./schema.js";

const head = { plan: "net-perceptions", company: { sharesOutstanding: 1000 }, persons: [{ id: "a" }] };

describe("parseScenario", () => {
  it("reads events one by one and stops at the first bad one, naming its index and field", () => {
    const parsed = parseScenario({
      ...head,
      events: [
        { at: "2004-01-05", type: "acquire", person: "a", shares: 10 },
        { at: "2004-01-06", type: "dispose", person: "a", shares: -1 },
        { at: "2004-01-07", type: "acquire", person: "a", shares: 1 },
      ],
    });
    expect(parsed.scenario.events).toHaveLength(1);
    expect(parsed.badEvent?.index).toBe(1);
    expect(parsed.badEvent?.issues[0].path).toEqual(["events", 1, "shares"]);
  });

  it("accepts through its fast path exactly the trades zod accepts, unchanged", () => {
    const trade = fc.record(
      {
        at: fc.oneof(fc.constantFrom("2004-01-05", "2004-02-30", "2004-01-05T10:00:00-05:00", "2004-01-05T10:00", "x"), fc.string()),
        type: fc.constantFrom("acquire", "dispose", "issue"),
        person: fc.oneof(fc.constantFrom("a", "bidder-2", "B", ""), fc.string()),
        shares: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2)),
        note: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(trade, (raw) => {
        const parsed = parseScenario({ ...head, events: [raw] });
        const zod = eventSchema.safeParse(raw);
        expect(parsed.badEvent === undefined).toBe(zod.success);
        if (zod.success) expect(parsed.scenario.events[0]).toEqual(zod.data);
      }),
      { numRuns: 2000 },
    );
  });
});
