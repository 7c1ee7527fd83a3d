import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesOf } from "./errors.js";
import { parsePlan } from "./terms/load.js";
import { InputError } from "./errors.js";

describe("a field that does not belong", () => {
  it("points a scenario's writer to docs/scenario-format.md", () => {
    const result = z.object({ a: z.number() }).strict().safeParse({ a: 1, colour: "red" });
    expect(issuesOf(result.error!)[0].message).toContain("see docs/scenario-format.md");
  });

  it("points a plan terms file's writer to docs/terms.md", () => {
    let error: unknown;
    try {
      parsePlan({ id: "mine", colour: "red" }, "mine");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const unknown = (error as InputError).issues.find((i) => i.path.join(".") === "colour");
    expect(unknown?.message).toContain("see docs/terms.md");
    expect(unknown?.message).not.toContain("scenario-format");
  });
});

describe("what was given, in words", () => {
  it("names YAML's .inf and .nan as such, not as a count past 9,007,199,254,740,991 or null", () => {
    const schema = z.object({ ratio: z.number(), close: z.number(), shares: z.number().int() });
    const messages = issuesOf(schema.safeParse({ ratio: Infinity, close: NaN, shares: -Infinity }, { reportInput: true }).error!).map((i) => i.message);
    expect(messages).toEqual([expect.stringContaining("got infinity (.inf)"), expect.stringContaining("got not a number (.nan)"), expect.stringContaining("got minus infinity (.inf)")]);
    expect(messages.join()).not.toMatch(/9,007|null/);
  });
});

describe("a value that fits none of a union's forms", () => {
  const amendment = z.union([
    z.object({ expiry: z.object({ value: z.object({ date: z.string(), time: z.string() }), source: z.string() }).strict() }).strict(),
    z.object({ expiry: z.object({ date: z.string(), time: z.string().regex(/^\d\d:\d\d$/, "expected HH:MM") }).strict() }).strict(),
  ]);

  it("is reported by the form it came closest to, at each of that form's fields", () => {
    const result = z.object({ changes: amendment }).safeParse({ changes: { expiry: { time: "25:9" } } });
    expect(issuesOf(result.error!).map((i) => i.path.join("."))).toEqual(["changes.expiry.date", "changes.expiry.time"]);
  });

  it("a plain value refused by the plain form is not reported as wanting the sourced form's set of fields", () => {
    const changes = z.union([
      z.object({ days: z.object({ value: z.number().int(), source: z.string() }).strict() }).strict(),
      z.object({ days: z.number().int() }).strict(),
    ]);
    for (const [days, got] of [[2.5, "2.5"], ["10", '"10"']] as const) {
      const [issue, ...more] = issuesOf(z.object({ changes }).safeParse({ changes: { days } }, { reportInput: true }).error!);
      expect(more).toEqual([]);
      expect(issue.path.join(".")).toBe("changes.days");
      expect(issue.message).toBe(`must be ${typeof days === "number" ? "a whole number" : "a number"}; got ${got}`);
    }
  });

  it("a discriminated union still names its allowed values", () => {
    const events = z.discriminatedUnion("type", [z.object({ type: z.literal("acquire") }), z.object({ type: z.literal("dispose") })]);
    const [issue] = issuesOf(events.safeParse({ type: "aquire" }, { reportInput: true }).error!);
    expect(issue.message).toMatch(/must be one of acquire, dispose; got "aquire"/);
  });
});
