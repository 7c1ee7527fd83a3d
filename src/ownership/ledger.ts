/**
 * R-1d Beneficial Ownership, kept incrementally: each Person's beneficial ownership is the
 * shares held and the shares under rights to acquire of everyone in its circle (circles.ts), each
 * share counted once per Person. A change to one holder's position updates only the Persons in
 * that holder's circle.
 */
import type { Circles } from "./circles.js";

/**
 * The columns of a Person's record. The four counts of a Person sit side by side (32 bytes, within
 * one cache line), so that a trade by one of 100,000 holders reads and writes one place in memory.
 */
const HELD = 0;
const OWNED = 1;
const OPTIONS = 2;
const OWNED_OPTIONS = 3;
const WIDTH = 4;

export class OwnershipLedger {
  /** Share counts by Person: whole numbers, exact below 2^53. */
  private readonly records: Float64Array;
  /** Shares held by named Persons; the rest of the shares outstanding are the public's. */
  namedHeld = 0;

  constructor(
    readonly count: number,
    readonly circles: Circles,
  ) {
    this.records = new Float64Array(count * WIDTH);
  }

  /** Shares of Common Stock `p` holds directly (R-1d(i)). */
  heldOf(p: number): number {
    return this.records[p * WIDTH + HELD];
  }

  /** Shares `p` has the right to acquire, not yet outstanding (R-1d(ii)). */
  optionsOf(p: number): number {
    return this.records[p * WIDTH + OPTIONS];
  }

  /** `p`'s Beneficial Ownership: held and option shares of its whole circle (R-1d). */
  ownedOf(p: number): number {
    return this.records[p * WIDTH + OWNED];
  }

  /** The option part of ownedOf(p), for Rule 13d-3(d)(1)(i) denominators. */
  ownedOptionsOf(p: number): number {
    return this.records[p * WIDTH + OWNED_OPTIONS];
  }

  /** Changes a holder's shares by `delta`; returns the Persons whose ownership changed. */
  addHeld(holder: number, delta: number): readonly number[] {
    this.records[holder * WIDTH + HELD] += delta;
    this.namedHeld += delta;
    if (this.circles.isAlone(holder)) {
      this.records[holder * WIDTH + OWNED] += delta;
      return [holder];
    }
    const circle = this.circles.of(holder);
    for (const p of circle) this.records[p * WIDTH + OWNED] += delta;
    return circle;
  }

  /** Changes a holder's rights to acquire by `delta`; returns the Persons affected. */
  addOptions(holder: number, delta: number): readonly number[] {
    this.records[holder * WIDTH + OPTIONS] += delta;
    const circle = this.circles.of(holder);
    for (const p of circle) {
      this.records[p * WIDTH + OWNED] += delta;
      this.records[p * WIDTH + OWNED_OPTIONS] += delta;
    }
    return circle;
  }

  /** Recomputes the ownership of Persons whose circles changed. */
  recompute(persons: readonly number[]): void {
    for (const p of persons) {
      let shares = 0;
      let options = 0;
      for (const q of this.circles.of(p)) {
        shares += this.heldOf(q);
        options += this.optionsOf(q);
      }
      this.records[p * WIDTH + OWNED] = shares + options;
      this.records[p * WIDTH + OWNED_OPTIONS] = options;
    }
  }

  /** R-11p: a split scales every holding and right to acquire, each by its own rule (whole shares; fractions go in cash, R-X8). */
  scale(scaleHeld: (shares: number) => number, scaleOptions: (shares: number) => number): void {
    this.namedHeld = 0;
    for (let q = 0; q < this.count; q++) {
      this.records[q * WIDTH + HELD] = scaleHeld(this.heldOf(q));
      this.records[q * WIDTH + OPTIONS] = scaleOptions(this.optionsOf(q));
      this.namedHeld += this.heldOf(q);
    }
    this.recompute(Array.from({ length: this.count }, (_, q) => q));
  }
}
