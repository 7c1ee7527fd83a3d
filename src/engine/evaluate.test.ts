import { describe, expect, it } from "vitest";
import { parseScenario } from "../scenario/parse.js";
import { evaluate, evaluateParsed } from "./evaluate.js";

const scenario = {
  company: { sharesOutstanding: 1000 },
  persons: [{ id: "bidder" }, { id: "fund" }],
  events: [
    { at: "2004-03-02", type: "acquire", person: "fund", shares: 100 },
    { at: "2004-03-01", type: "acquire", person: "bidder", shares: 140 },
    { at: "2004-03-03", type: "dispose", person: "fund", shares: 30 },
  ],
};

describe("evaluateParsed with parseScenario's facts", () => {
  it("orders the events by the instants parseScenario read (R-T5) and finds the Persons it found", () => {
    const answer = evaluateParsed(parseScenario(scenario));
    expect(answer.trace.map((f) => f.event)).toEqual([1, 0, 2]);
    expect(answer.beneficialOwnership).toEqual(evaluate({ ...scenario, events: [...scenario.events] }).beneficialOwnership);
  });

  it("does not use facts read from other lists: a changed persons list is looked up afresh", () => {
    const parsed = parseScenario(scenario);
    const swapped = { ...parsed, scenario: { ...parsed.scenario, persons: [{ id: "fund" }, { id: "bidder" }] } };
    const answer = evaluateParsed(swapped);
    expect(answer.beneficialOwnership.map((b) => [b.person, b.shares])).toEqual([
      ["fund", 70],
      ["bidder", 140],
    ]);
  });

  it("reports a trade by an unlisted Person as the engine's error, naming the event", () => {
    const answer = evaluate({ ...scenario, events: [...scenario.events, { at: "2004-03-04", type: "acquire", person: "stranger", shares: 1 }] });
    expect(answer.errors).toEqual([expect.objectContaining({ event: 3, field: "person", message: expect.stringContaining('unknown person "stranger"') })]);
  });
});
