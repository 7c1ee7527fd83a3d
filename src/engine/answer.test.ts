import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.js";

const scenario = {
  company: { sharesOutstanding: 1000 },
  persons: [{ id: "bidder" }],
  events: [
    { at: "2004-03-01", type: "acquire", person: "bidder", shares: 100 },
    { at: "2004-03-02", type: "dispose", person: "bidder", shares: 40 },
  ],
};

describe("the answer's trace, made when first read", () => {
  it("is an enumerable property: JSON, structuredClone, spreading and Object.keys see it", () => {
    const answer = evaluate(scenario);
    expect(Object.keys(answer)).toContain("trace");
    const json = JSON.parse(JSON.stringify(answer));
    expect(json.trace).toEqual(answer.trace);
    expect(structuredClone(answer).trace).toEqual(answer.trace);
    expect({ ...answer }.trace).toBe(answer.trace);
  });

  it("is the same array on every read, and can be replaced like any property", () => {
    const answer = evaluate(scenario);
    expect(answer.trace).toBe(answer.trace);
    expect(answer.trace.map((f) => f.rule)).toEqual(["R-1d", "R-1d"]);
    answer.trace = [];
    expect(answer.trace).toEqual([]);
  });

  it("two evaluations of the same input give deep-equal answers, trace included", () => {
    expect(evaluate(scenario)).toStrictEqual(evaluate(scenario));
  });
});
