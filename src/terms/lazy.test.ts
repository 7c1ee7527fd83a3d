import { describe, expect, it } from "vitest";
import { lazyRecord } from "./lazy.js";

describe("lazyRecord", () => {
  it("lists every key, builds a value only when it is first read, and builds it once", () => {
    const built: string[] = [];
    const record = lazyRecord(["a", "b"], (key) => {
      built.push(key);
      return { key };
    });
    expect(Object.keys(record)).toEqual(["a", "b"]);
    expect(built).toEqual([]);
    const a = record.a;
    expect(a).toEqual({ key: "a" });
    expect(record.a).toBe(a);
    expect(built).toEqual(["a"]);
    expect(Object.entries(record)).toEqual([["a", { key: "a" }], ["b", { key: "b" }]]);
    expect(built).toEqual(["a", "b"]);
  });
});
