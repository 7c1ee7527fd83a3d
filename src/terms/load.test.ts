import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { loadPlan } from "../files/plans.js";
import { builtInPlanIds } from "./catalogue.js";
import { parsePlan, parseYamlText } from "./load.js";
import { decimalSchema } from "./shapes.js";

describe("the built-in plans", () => {
  it("load to exactly the terms, sources and amendments recorded before the terms were declared one by one", () => {
    const recorded = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../test/fixtures/built-in-plans-as-loaded.json"), "utf8"));
    expect(builtInPlanIds()).toEqual(Object.keys(recorded));
    for (const id of builtInPlanIds()) {
      const loaded = JSON.parse(JSON.stringify(loadPlan(id)));
      expect(loaded, id).toMatchObject(recorded[id]);
      const added = Object.keys(loaded.terms).filter((name) => !(name in recorded[id].terms));
      for (const name of added) expect(loaded.terms[name].source, `${id}: ${name}, a term declared since`).toMatch(/^not in the plan file: standard-form default/);
    }
  });
});

describe("parseYamlText", () => {
  it("reads YAML and JSON to the same data", () => {
    const yaml = "company:\n  sharesOutstanding: 1000\npersons:\n  - id: bidder\n";
    const json = '{"company": {"sharesOutstanding": 1000}, "persons": [{"id": "bidder"}]}';
    expect(parseYamlText(json, "s.json")).toEqual(parseYamlText(yaml, "s.yaml"));
  });

  it("reads JSON with JSON.parse, YAML flow style with yaml", () => {
    expect(parseYamlText('  {"a": 1, "b": {"a": 2, "c": ":"}, "d": [{"a": "\\":"}]}', "s.json")).toEqual({ a: 1, b: { a: 2, c: ":" }, d: [{ a: '":' }] });
    expect(parseYamlText("{a: 1, b: [x, y]}", "s.yaml")).toEqual({ a: 1, b: ["x", "y"] });
    expect(parseYamlText("[1, 2]", "s.json")).toEqual([1, 2]);
    expect(parseYamlText('{"__proto__": 1, "a": 2}', "s.json")).toEqual(JSON.parse('{"__proto__": 1, "a": 2}'));
  });

  it("refuses a key written twice in one object, in JSON as in YAML, naming its line (JSON.parse would keep the last silently)", () => {
    const json = '{"events": [\n  {"at": "2004-03-01", "type": "acquire", "person": "bidder", "shares": 4055673, "shares": 1}\n]}';
    for (const [text, origin] of [
      [json, "s.json"],
      ["events:\n  - {at: 2004-03-01, type: acquire, person: bidder, shares: 4055673, shares: 1}\n", "s.yaml"],
    ]) {
      expect(() => parseYamlText(text, origin)).toThrow(InputError);
      expect(() => parseYamlText(text, origin)).toThrow(new RegExp(`${origin} is not valid YAML or JSON: Map keys must be unique at line 2`));
    }
    const large = `{"events": [${'{"at": "2004-03-01", "type": "issue", "shares": 1},'.repeat(400_000)}{"a": 1, "a": 2}]}`;
    expect(() => parseYamlText(large, "large.json")).toThrow(/large.json is not valid YAML or JSON: a key is written twice in one object/);
    // The same key in different objects is no repeat.
    expect(parseYamlText('[{"a": 1}, {"a": 2}]', "s.json")).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("reads YAML merge keys: an event built from an anchored one, its own fields overriding", () => {
    const yaml = "events:\n  - &buy {at: 2004-03-01, type: acquire, person: bidder, shares: 100}\n  - <<: *buy\n    at: 2004-03-02\n    type: dispose\n";
    expect(parseYamlText(yaml, "s.yaml")).toEqual({
      events: [
        { at: "2004-03-01", type: "acquire", person: "bidder", shares: 100 },
        { at: "2004-03-02", type: "dispose", person: "bidder", shares: 100 },
      ],
    });
  });

  it("turns a syntax error, JSON or YAML, into an input error naming the file and the line", () => {
    for (const [text, origin] of [
      ['{"a": 1,\n "b": [}', "bad.json"],
      ["a: [1, 2\nb: 3", "bad.yaml"],
    ]) {
      expect(() => parseYamlText(text, origin)).toThrow(InputError);
      expect(() => parseYamlText(text, origin)).toThrow(new RegExp(`${origin} is not valid YAML or JSON.*line`, "s"));
    }
  });

  it("keeps every digit of a number written bare, in YAML or JSON, past what a floating-point number holds", () => {
    const yaml = parseYamlText("prices:\n  - {date: 2004-01-02, close: 12345678901234567890.5}\n  - {date: 2004-01-05, close: 0.1000000000000000055511151231257827}\n", "s.yaml");
    expect(yaml).toEqual({ prices: [{ date: "2004-01-02", close: "12345678901234567890.5" }, { date: "2004-01-05", close: "0.1000000000000000055511151231257827" }] });
    const json = parseYamlText('{"prices": [{"date": "2004-01-02", "close": 12345678901234567890.5}, {"date": "2004-01-05", "close": 1.25e3}]}', "s.json");
    expect(json).toEqual({ prices: [{ date: "2004-01-02", close: "12345678901234567890.5" }, { date: "2004-01-05", close: 1250 }] });
  });

  it("leaves numbers a floating-point number holds exactly as numbers", () => {
    expect(parseYamlText("a: 2.10\nb: 15\nc: 0.001\nd: 1e-3\n", "s.yaml")).toEqual({ a: 2.1, b: 15, c: 0.001, d: 0.001 });
  });

  it("refuses a decimal read as a whole number past 9,007,199,254,740,991 (already rounded), asking for quotes", () => {
    const read = parseYamlText("close: 12345678901234567890\n", "s.yaml") as { close: unknown };
    const result = decimalSchema.safeParse(read.close);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/write it in quotes/);
    expect(decimalSchema.parse(9007199254740991)).toBe("9007199254740991");
  });
});

describe("parsePlan", () => {
  const plan = (terms: Record<string, unknown>) => ({
    id: "small-plan", name: "A small plan", source: "test",
    terms: {
      company: { value: "Small Co.", source: "cover" }, rightsAgent: { value: "Agent", source: "cover" },
      agreementDate: { value: "2019-08-28", source: "Item 1" }, recordDate: { value: "2019-09-09", source: "Item 1" },
      purchasePrice: { value: "12", source: "Item 1" }, preferredReserved: { value: 100000, source: "Item 1" },
      ...terms,
    },
  });
  const messages = (data: unknown) => {
    try {
      parsePlan(data, "p.yaml");
    } catch (e) {
      return (e as InputError).issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    }
    return [];
  };

  it("names a term given as a bare value, not as {value, source}, as given in the wrong form, never as missing", () => {
    expect(messages(plan({ flipInMultiple: 2 }))).toEqual(["terms.flipInMultiple: must be a set of fields (key: value); got 2"]);
    expect(messages(plan({ purchasePrice: "12" }))).toEqual(['terms.purchasePrice: must be a set of fields (key: value); got "12"']);
    // A term that is truly absent is still named as missing.
    const { purchasePrice: _, ...withoutPrice } = plan({}).terms;
    expect(messages({ ...plan({}), terms: withoutPrice })).toEqual(["terms.purchasePrice: is missing (it is required)"]);
  });
});
