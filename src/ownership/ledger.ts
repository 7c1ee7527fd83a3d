/**
 * R-1d Beneficial Ownership, kept incrementally: each Person's beneficial ownership is the
 * shares held and the shares under rights to acquire of everyone in its circle (circles.ts), each
 * share counted once per Person. A change to one holder's position updates only the Persons in
 * that holder's circle.
 */
import type { Circles } from "./circles.js";

export class OwnershipLedger {
  // Share counts by Person index, in typed arrays: whole numbers, exact below 2^53, and fast to
  // update for 100,000 Persons.
  /** Shares of Common Stock each Person holds directly (R-1d(i)). */
  readonly held: Float64Array;
  /** Shares each Person has the right to acquire, not yet outstanding (R-1d(ii)). */
  readonly options: Float64Array;
  /** Beneficial ownership: held and option shares of the whole circle (R-1d). */
  readonly owned: Float64Array;
  /** The option part of `owned`, for Rule 13d-3(d)(1)(i) denominators. */
  readonly ownedOptions: Float64Array;
  /** Shares held by named Persons; the rest of the shares outstanding are the public's. */
  namedHeld = 0;

  constructor(
    count: number,
    readonly circles: Circles,
  ) {
    this.held = new Float64Array(count);
    this.options = new Float64Array(count);
    this.owned = new Float64Array(count);
    this.ownedOptions = new Float64Array(count);
  }

  /** Changes a holder's shares by `delta`; returns the Persons whose ownership changed. */
  addHeld(holder: number, delta: number): readonly number[] {
    this.held[holder] += delta;
    this.namedHeld += delta;
    const circle = this.circles.of(holder);
    for (const p of circle) this.owned[p] += delta;
    return circle;
  }

  /** Changes a holder's rights to acquire by `delta`; returns the Persons affected. */
  addOptions(holder: number, delta: number): readonly number[] {
    this.options[holder] += delta;
    const circle = this.circles.of(holder);
    for (const p of circle) {
      this.owned[p] += delta;
      this.ownedOptions[p] += delta;
    }
    return circle;
  }

  /** Recomputes the ownership of Persons whose circles changed. */
  recompute(persons: readonly number[]): void {
    for (const p of persons) {
      let shares = 0;
      let options = 0;
      for (const q of this.circles.of(p)) {
        shares += this.held[q];
        options += this.options[q];
      }
      this.owned[p] = shares + options;
      this.ownedOptions[p] = options;
    }
  }

  /** R-11p: a split scales every holding and right to acquire (whole shares; fractions go in cash, R-14). */
  scale(multiply: (shares: number) => number): void {
    this.namedHeld = 0;
    for (let q = 0; q < this.held.length; q++) {
      this.held[q] = multiply(this.held[q]);
      this.options[q] = multiply(this.options[q]);
      this.namedHeld += this.held[q];
    }
    this.recompute(Array.from(this.held.keys()));
  }
}
