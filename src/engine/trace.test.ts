import { describe, expect, it } from "vitest";
import { newYorkInstant } from "../time/instant.js";
import { record, Trace } from "./trace.js";

const ids = ["bidder", "fund"];
const monday = newYorkInstant("2004-03-01", "09:00");
const tuesday = newYorkInstant("2004-03-02", "09:00");

/** A trace with findings and position rows interleaved: row, finding, row, row, finding. */
function sample(): Trace {
  const trace = new Trace((p) => ids[p]);
  trace.addPosition(monday, 0, 0, 100, 100, 1000);
  record(trace, monday, 0, "R-1a", "first");
  trace.addPosition(monday, 1, 1, -40, 60, 1000);
  trace.addPosition(tuesday, 2, 0, 5, 105, 1000);
  record(trace, tuesday, null, "R-3a", "second");
  return trace;
}

describe("Trace", () => {
  it("gives findings and position rows in the order recorded, rows as R-1d findings in words", () => {
    const findings = sample().findings();
    expect(findings.map((f) => f.finding)).toEqual([
      "bidder acquires 100 shares; beneficially owns 100 of 1000",
      "first",
      "fund disposes of 40 shares; beneficially owns 60 of 1000",
      "bidder acquires 5 shares; beneficially owns 105 of 1000",
      "second",
    ]);
    expect(findings[2]).toEqual({ at: "2004-03-01T09:00:00-05:00", event: 1, rule: "R-1d", section: "1(d)", finding: findings[2].finding });
    expect(findings[3].at).toBe("2004-03-02T09:00:00-05:00");
  });

  it("counts rows and findings alike", () => {
    expect(sample().length).toBe(5);
  });

  it("gives only the first `count` findings when asked (the answer's snapshot)", () => {
    expect(sample().findings(2).map((f) => f.finding)).toEqual(["bidder acquires 100 shares; beneficially owns 100 of 1000", "first"]);
    expect(sample().findings(0)).toEqual([]);
  });

  it("makes plain data: findings survive structuredClone and JSON unchanged", () => {
    const findings = sample().findings();
    expect(structuredClone(findings)).toEqual(findings);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });
});
