import { describe, expect, it } from "vitest";
import { explanationTail } from "./format.js";

describe("explanationTail", () => {
  const step = { quantity: "q", rule: "R-14", formula: "f" };
  it("groups a count", () => expect(explanationTail({ ...step, value: 395631134 })).toBe(" = 395,631,134"));
  it("writes dollars exact, with $ and separators", () => expect(explanationTail({ ...step, value: "344067210", unit: "dollars" })).toBe(" = $344,067,210"));
  it("keeps every place of an exact amount", () => expect(explanationTail({ ...step, value: "0.930580043439", unit: "dollars" })).toBe(" = $0.930580043439"));
  it("marks a percentage", () => expect(explanationTail({ ...step, value: "8.203998957252", unit: "percent" })).toBe(" = 8.203998957252%"));
  it("leaves a plain number as it is", () => expect(explanationTail({ ...step, value: "17.247987734764" })).toBe(" = 17.247987734764"));
  it("says nothing more when there is no result (the formula says why)", () => expect(explanationTail({ ...step, value: null })).toBe(""));
});
