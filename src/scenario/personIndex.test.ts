import { describe, expect, it } from "vitest";
import { personIndexOf } from "./personIndex.js";

describe("personIndexOf", () => {
  it("gives each id its index, the first for an id listed twice, and nothing for other ids", () => {
    const index = personIndexOf([{ id: "bidder" }, { id: "123" }, { id: "fund" }, { id: "bidder" }]);
    expect([index.bidder, index["123"], index.fund]).toEqual([0, 1, 2]);
    expect([index.stranger, index["constructor"], index["__proto__"], index["toString"]]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
