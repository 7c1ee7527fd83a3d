import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeLines, writePrettyJson } from "./output.js";

function written(value: unknown): { text: string; pieces: number } {
  const pieces: string[] = [];
  writePrettyJson(value, (piece) => pieces.push(piece));
  return { text: pieces.join(""), pieces: pieces.length };
}

describe("writePrettyJson", () => {
  it("writes exactly what JSON.stringify(value, null, 2) writes, with a newline", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value).text).toBe(JSON.stringify(value, null, 2) + "\n");
      }),
      { numRuns: 500 },
    );
  });

  it("writes answers with findings, empty lists, dates and skipped fields the same way", () => {
    const answer = { a: 1, skipped: undefined, when: new Date(0), empty: [], none: {}, list: [undefined, { x: [1, { y: "z" }] }], trace: [{ at: "t", finding: "f\nline" }] };
    expect(written(answer).text).toBe(JSON.stringify(answer, null, 2) + "\n");
    const long = Array.from({ length: 2500 }, (_, i) => (i % 7 ? { i, nested: [i, { deep: "x\ny" }] } : undefined));
    for (const value of [{ long }, long, {}, [], "text", 3, null]) expect(written(value).text).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  it("writes a long trace in pieces", () => {
    const answer = { trace: Array.from({ length: 50_000 }, (_, i) => ({ event: i, finding: "bidder acquires 100 shares; beneficially owns 100 of 1000" })) };
    const { text, pieces } = written(answer);
    expect(pieces).toBeGreaterThan(5);
    expect(text).toBe(JSON.stringify(answer, null, 2) + "\n");
  });
});

describe("writeLines", () => {
  it("writes each line with a newline, a thousand lines a piece", () => {
    for (const count of [0, 1, 1000, 2500]) {
      const lines = Array.from({ length: count }, (_, i) => `line ${i}`);
      const pieces: string[] = [];
      writeLines(lines, (piece) => pieces.push(piece));
      expect(pieces.join("")).toBe(lines.map((l) => `${l}\n`).join(""));
      expect(pieces).toHaveLength(Math.ceil(count / 1000));
    }
  });
});
