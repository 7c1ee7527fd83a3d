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

  it("refuses a Person listed twice, naming the second listing", () => {
    const twice = { ...scenario, persons: [{ id: "bidder" }, { id: "fund" }, { id: "bidder" }] };
    expect(() => evaluate(twice)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: ["persons", 2, "id"], message: 'person "bidder" is listed twice' })] }));
  });

  it("reports a trade by an unlisted Person as the engine's error, naming the event", () => {
    const answer = evaluate({ ...scenario, events: [...scenario.events, { at: "2004-03-04", type: "acquire", person: "stranger", shares: 1 }] });
    expect(answer.errors).toEqual([expect.objectContaining({ event: 3, field: "person", message: expect.stringContaining('unknown person "stranger"') })]);
  });

  it("does not tell the user to list `company`, which persons may not hold: it names the exempt-person way instead", () => {
    const answer = evaluate({ ...scenario, events: [...scenario.events, { at: "2004-03-04", type: "tender-offer", id: "self", bidder: "company", allShares: false, sharesSought: 100 }] });
    expect(answer.errors).toEqual([expect.objectContaining({ event: 3, rule: "scenario-format", field: "bidder", message: expect.stringContaining("exempt: true") })]);
    expect(answer.errors[0].message).not.toContain("add it to persons");
  });
});

describe("evaluate's progress", () => {
  it("reports every `progressEvery` events and once when all are done", () => {
    const calls: [number, number][] = [];
    evaluate(scenario, { progressEvery: 2, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [2, 3],
      [3, 3],
    ]);
  });

  it("reports the end when a rule error stops the evaluation, and when asOf cuts it short", () => {
    const broken = { ...scenario, events: [{ at: "2004-03-01", type: "dispose", person: "fund", shares: 5 }, ...scenario.events] };
    const calls: [number, number][] = [];
    evaluate(broken, { progressEvery: 1, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([4, 4]);
    calls.length = 0;
    evaluate(scenario, { asOf: "2004-03-01", progressEvery: 1, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 3],
      [3, 3],
    ]);
  });
});

