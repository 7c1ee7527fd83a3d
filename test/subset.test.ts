/**
 * The comparison the data-driven cases rely on (support/subset.ts) behaves like
 * /work/shared/tools/check_scenarios.py: a case that passes here passes there and vice versa.
 */
import { describe, expect, it } from "vitest";
import { exitCodeMismatches, subsetMismatches } from "./support/subset.js";

const ok = (exp: unknown, got: unknown) => expect(subsetMismatches(exp, got)).toEqual([]);
const bad = (exp: unknown, got: unknown) => expect(subsetMismatches(exp, got)).not.toEqual([]);

describe("subsetMismatches (check_scenarios.py semantics)", () => {
  it("compares only the expected keys, a missing key being a mismatch", () => {
    ok({ status: "attached" }, { status: "attached", extra: 1 });
    bad({ status: "attached" }, { other: 1 });
    bad({ flipIn: null }, {});
  });
  it("compares decimals exactly within 1e-9 x max(1, |expected|)", () => {
    ok({ x: "1.739333333333" }, { x: "1.7393333333333" });
    ok({ x: "15" }, { x: "15.0000000005" });
    bad({ x: "15" }, { x: "15.00000002" });
    ok({ x: "1000000000" }, { x: "1000000000.5" });
    ok({ n: 4100000 }, { n: 4100000 });
    bad({ n: 4100000 }, { n: 4100001 });
    bad({ x: "1" }, { x: true });
    bad({ x: "1" }, { x: "one" });
  });
  it("compares instants as instants and by their offset string", () => {
    ok({ t: "2004-03-15T17:00:00-05:00" }, { t: "2004-03-15T17:00:00.000-05:00" });
    bad({ t: "2004-03-15T17:00:00-05:00" }, { t: "2004-03-15T22:00:00Z" });
    bad({ t: "2004-03-15T17:00:00-05:00" }, { t: "2004-03-15T18:00:00-04:00" });
    bad({ t: "2004-03-15T17:00:00-05:00" }, { t: "2004-03-15T17:01:00-05:00" });
    bad({ t: "2004-03-15T17:00:00-05:00" }, { t: null });
  });
  it("compares ISO dates by the answer's first 10 characters", () => {
    ok({ d: "2004-03-03" }, { d: "2004-03-03" });
    ok({ d: "2004-03-03" }, { d: "2004-03-03T09:00:00-05:00" });
    bad({ d: "2004-03-03" }, { d: "2004-03-04" });
  });
  it("compares null and booleans by identity", () => {
    ok({ a: null, b: false }, { a: null, b: false });
    bad({ a: null }, { a: 0 });
    bad({ b: false }, { b: 0 });
  });
  it("compares acquiringPersons as sets", () => {
    ok({ acquiringPersons: ["b", "a"] }, { acquiringPersons: ["a", "b"] });
    bad({ acquiringPersons: ["a"] }, { acquiringPersons: ["a", "b"] });
    bad({ acquiringPersons: [] }, { acquiringPersons: ["a"] });
  });
  it("compares beneficialOwnership by person", () => {
    const got = { beneficialOwnership: [{ person: "a", shares: 1, percent: "0.5" }, { person: "b", shares: 2, percent: "1" }] };
    ok({ beneficialOwnership: [{ person: "b", shares: 2 }] }, got);
    bad({ beneficialOwnership: [{ person: "b", shares: 3 }] }, got);
    bad({ beneficialOwnership: [{ person: "c", shares: 2 }] }, got);
  });
  it("compares errors as multisets of (event, rule)", () => {
    ok({ errors: [{ event: 2, rule: "R-23" }] }, { errors: [{ event: 2, rule: "R-23", message: "late" }] });
    bad({ errors: [{ event: 2, rule: "R-23" }] }, { errors: [{ event: 1, rule: "R-23", message: "late" }] });
    bad({ errors: [] }, { errors: [{ event: 1, rule: "R-23", message: "late" }] });
  });
  it("compares other lists item by item, same length", () => {
    ok({ receive: [{ security: "common", quantity: "15" }] }, { receive: [{ security: "common", quantity: "15.0" }] });
    bad({ receive: [{ security: "common" }] }, { receive: [{ security: "common" }, { security: "cash" }] });
  });
});

describe("exitCodeMismatches (the CLI exits non-zero iff errors)", () => {
  it("wants errors when they are expected, and none when errors are not mentioned", () => {
    expect(exitCodeMismatches({ errors: [{ event: 0, rule: "R-7a" }] }, { errors: [] })).not.toEqual([]);
    expect(exitCodeMismatches({ status: "attached" }, { errors: [{ event: 0 }] })).not.toEqual([]);
    expect(exitCodeMismatches({ status: "attached" }, { errors: [] })).toEqual([]);
    expect(exitCodeMismatches({ errors: [] }, { errors: [] })).toEqual([]);
  });
});
