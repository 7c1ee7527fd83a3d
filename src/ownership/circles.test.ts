import { describe, expect, it } from "vitest";
import { affiliationComponents, Circles } from "./circles.js";
import { OwnershipLedger } from "./ledger.js";

describe("affiliationComponents (R-1b)", () => {
  it("is symmetric and transitive", () => {
    const roots = affiliationComponents(5, [[0, 1], [2, 1], [3, 4]]);
    expect(roots[0]).toBe(roots[2]);
    expect(roots[3]).toBe(roots[4]);
    expect(roots[0]).not.toBe(roots[3]);
  });
});

describe("Circles (R-1d(iv))", () => {
  it("adds a group's parties and their Affiliates, one hop, and drops them when it ends", () => {
    const circles = new Circles(affiliationComponents(4, [[0, 1]]));
    expect(circles.of(0)).toEqual([0, 1]);
    const affected = circles.link({ id: "g", persons: [1, 2] });
    expect(affected.sort()).toEqual([0, 1, 2]);
    expect(circles.of(0)).toEqual([0, 1, 2]);
    expect(circles.of(2)).toEqual([0, 1, 2]);
    circles.link({ id: "h", persons: [2, 3] });
    expect(circles.of(0)).toEqual([0, 1, 2]);
    expect(circles.of(2)).toEqual([0, 1, 2, 3]);
    circles.unlink({ id: "g", persons: [1, 2] });
    expect(circles.of(0)).toEqual([0, 1]);
  });

  it("knows who is alone, as groups form and end", () => {
    const circles = new Circles(affiliationComponents(3, [[0, 1]]));
    expect([0, 1, 2].map((p) => circles.isAlone(p))).toEqual([false, false, true]);
    expect(circles.of(2)).toEqual([2]);
    circles.link({ id: "g", persons: [1, 2] });
    expect(circles.isAlone(2)).toBe(false);
    expect(circles.of(2)).toEqual([0, 1, 2]);
    circles.unlink({ id: "g", persons: [1, 2] });
    expect(circles.isAlone(2)).toBe(true);
    expect(circles.of(2)).toEqual([2]);
  });
});

describe("OwnershipLedger (R-1d)", () => {
  it("counts each share once per Person and rights to acquire in the numerator", () => {
    const circles = new Circles(affiliationComponents(3, [[0, 1]]));
    const ledger = new OwnershipLedger(3, circles);
    ledger.addHeld(0, 100);
    ledger.addHeld(1, 50);
    ledger.addOptions(1, 25);
    expect([0, 1, 2].map((p) => ledger.ownedOf(p))).toEqual([175, 175, 0]);
    expect([0, 1, 2].map((p) => ledger.ownedOptionsOf(p))).toEqual([25, 25, 0]);
    circles.link({ id: "g", persons: [1, 2] });
    ledger.addHeld(2, 10);
    ledger.recompute([0, 1, 2]);
    expect([0, 1, 2].map((p) => ledger.ownedOf(p))).toEqual([185, 185, 185]);
    expect(ledger.namedHeld).toBe(160);
  });
});
