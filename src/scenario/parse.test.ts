import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario } from "./parse.js";
import { eventSchema, personSchema } from "./schema.js";

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

  it("refuses, as a bad field of its event, a date-time no clock shows: 24:00, a 60th second, more than milliseconds", () => {
    for (const at of ["2004-01-05T24:00:00-05:00", "2004-01-05T09:00:60-05:00", "2004-01-05T09:00:00.1234-05:00", "2004-01-05T09:60-05:00"]) {
      for (const type of ["acquire", "issue"]) {
        const parsed = parseScenario({ ...head, events: [{ at, type, ...(type === "acquire" ? { person: "a" } : {}), shares: 10 }] });
        expect(parsed.badEvent?.index, `${type} at ${at}`).toBe(0);
        expect(parsed.badEvent?.issues[0].path).toEqual(["events", 0, "at"]);
      }
    }
    expect(parseScenario({ ...head, events: [{ at: "2004-01-05T09:00:00.123-05:00", type: "issue", shares: 10 }] }).badEvent).toBeUndefined();
  });

  it("accepts through its fast path exactly the trades zod accepts, unchanged", () => {
    const trade = fc.record(
      {
        at: fc.oneof(fc.constantFrom("2004-01-05", "2004-02-30", "2004-01-05T10:00:00-05:00", "2004-01-05T10:00", "2004-01-05T24:00:00-05:00", "2004-01-05T10:00:00.1234-05:00", "x"), fc.string()),
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

  it("accepts through its fast path exactly the persons zod accepts, unchanged, and names each bad one", () => {
    const person = fc.record(
      {
        id: fc.oneof(fc.constantFrom("a", "bidder-2", "company", "B", ""), fc.string()),
        name: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
        exempt: fc.boolean(),
        note: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(person, (raw) => {
        const zod = personSchema.safeParse(raw);
        const read = () => parseScenario({ ...head, persons: [{ id: "z" }, raw] });
        if (zod.success) expect(read().scenario.persons[1]).toEqual(zod.data);
        else expect(read).toThrow(expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ path: expect.arrayContaining(["persons", 1]) })]) }));
      }),
      { numRuns: 2000 },
    );
  });

  it("validates an amend event's changes against the terms' ranges, plain or with their source", () => {
    const amend = (changes: unknown) => parseScenario({ ...head, events: [{ at: "2004-01-05", type: "amend", id: "a1", changes }] });
    expect(amend({ purchasePrice: "30" }).scenario.events[0]).toMatchObject({ changes: { purchasePrice: "30" } });
    expect(amend({ purchasePrice: { value: 30, source: "Amendment No. 1" } }).scenario.events[0]).toMatchObject({ changes: { purchasePrice: { value: "30", source: "Amendment No. 1" } } });
    for (const changes of [{ acquiringPersonThresholdPercent: "150" }, { purchasePrice: { value: "0", source: "Amendment No. 1" } }, { notATerm: 1 }]) {
      const parsed = amend(changes);
      expect(parsed.scenario.events).toHaveLength(0);
      expect(parsed.badEvent?.index).toBe(0);
    }
  });

  it("reads a decimal as one value however it is written: \"2.50\", \"2.5\", 2.5, \" 2.5 \" (scenario-format.md: exact decimals, strings or numbers)", () => {
    const read = (events: unknown[], prices: unknown[] = []) => parseScenario({ ...head, prices, events }).scenario;
    for (const price of ["2.50", "2.5", 2.5, " 2.5 ", "2.500000"]) {
      const s = read(
        [
          { at: "2004-01-05", type: "tender-offer", id: "t", bidder: "a", allShares: true, price },
          { at: "2004-01-06", type: "exchange", ratio: price, portion: "0.50" },
          { at: "2004-01-07", type: "amend", id: "a1", changes: { redemptionPrice: "0.020" } },
          { at: "2004-01-08", type: "amend", id: "a2", changes: { purchasePrice: { value: "16.50", source: "Amendment No. 2" } } },
        ],
        [{ date: "2004-01-02", close: price }],
      );
      expect(s.events, JSON.stringify(price)).toEqual([
        { at: "2004-01-05", type: "tender-offer", id: "t", bidder: "a", allShares: true, price: "2.5" },
        { at: "2004-01-06", type: "exchange", ratio: "2.5", portion: "0.5" },
        { at: "2004-01-07", type: "amend", id: "a1", changes: { redemptionPrice: "0.02" } },
        { at: "2004-01-08", type: "amend", id: "a2", changes: { purchasePrice: { value: "16.5", source: "Amendment No. 2" } } },
      ]);
      expect(s.prices).toEqual([{ date: "2004-01-02", close: "2.5" }]);
    }
  });

  it("reports the head's issues and the persons' issues together", () => {
    try {
      parseScenario({ company: { sharesOutstanding: -1 }, persons: [{ id: "Bad" }] });
      expect.unreachable();
    } catch (e) {
      expect((e as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toEqual([["company", "sharesOutstanding"], ["persons", 0, "id"]]);
    }
  });
});
