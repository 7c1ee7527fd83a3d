/** The workbench's own small functions, without a browser: figures, CSV, New York times, the memo's heading. */
import { describe, expect, it } from "vitest";
import { decimal, dollars, percent, shares } from "../web/src/format.js";
import { countOf } from "../web/src/count.js";

import { csvOf } from "../web/src/csv.js";
import { atOf, partsOf, wallClockNote } from "../web/src/nyTime.js";
import { problemsOf } from "../web/src/components/yamlProblems.js";
import { completionsAt } from "../web/src/yamlCompletion.js";
import { eventsOf, type Job } from "../web/src/jobs.js";
import { NAME_PATTERN, PERSON_ID_PATTERN } from "../web/src/patterns.js";
import { eventFields } from "../web/src/scenarioSchema.js";
import { termValueOf } from "../web/src/termValue.js";
import { entitlementText, instantsText, redeemableText } from "../web/src/stateText.js";
import { termsChangedBetween, type PlanShown } from "../web/src/plan.js";
import { filingTextOf, nextOccurrence } from "../web/src/filingText.js";
import { commandSummary } from "../web/src/commandSummary.js";
import { tabAfterKey } from "../web/src/tabKeys.js";

describe("figures", () => {
  it("groups thousands, keeps exact digits and shows money in cents at least", () => {
    expect(shares(27037814)).toBe("27,037,814");
    expect(decimal("1234567.123456", 4)).toBe("1,234,567.1234");
    expect(decimal("9007199254740993")).toBe("9,007,199,254,740,993");
    expect(dollars("2.4")).toBe("$2.40");
    expect(dollars("0.0125")).toBe("$0.0125");
    expect(dollars("-1499.7")).toBe("-$1,499.70");
    expect(percent("16.000")).toBe("16%");
    expect(shares(null)).toBe("—");
  });

  it("gives a percentage to the CLI's 4 places, cut, not 2 (the dilution table read 84.83% for 84.836052%)", () => {
    expect(percent("84.836052204516")).toBe("84.836%");
    expect(percent("99.029973689953")).toBe("99.0299%");
    expect(percent("14.99999")).toBe("14.9999%");
  });
});

describe("counts typed in the forms (web2)", () => {
  it("reads thousands separators, leaves an empty field out instead of 0, and keeps other text for the evaluation to name", () => {
    expect(countOf("27,037,814")).toBe(27037814);
    expect(countOf(" 27 037 814 ")).toBe(27037814);
    expect(countOf("500000")).toBe(500000);
    expect(countOf("0")).toBe(0);
    expect(countOf("")).toBeUndefined();
    expect(countOf("  ")).toBeUndefined();
    expect(countOf("1,5")).toBe("1,5");
    expect(countOf("-200")).toBe("-200");
    expect(countOf("2.5")).toBe("2.5");
    expect(countOf("99999999999999999999")).toBe("99999999999999999999");
  });
});

describe("CSV", () => {
  it("quotes cells with commas, quotes and line breaks", () => {
    expect(csvOf(["a", "b"], [["Cede & Co.", '1 "Harbor", Stamford']])).toBe('a,b\r\nCede & Co.,"1 ""Harbor"", Stamford"\r\n');
  });
});

describe("New York times in the forms", () => {
  it("gives a date and a wall-clock time the offset of that day, and back", () => {
    expect(atOf("2004-05-03", "10:30")).toBe("2004-05-03T10:30:00-04:00");
    expect(atOf("2004-01-05", "17:00")).toBe("2004-01-05T17:00:00-05:00");
    expect(atOf("2004-01-05", "")).toBe("2004-01-05");
    expect(partsOf("2004-05-03T10:30:00-04:00")).toEqual({ date: "2004-05-03", time: "10:30" });
    expect(partsOf("2004-05-03T14:30:00Z")).toEqual({ date: "2004-05-03", time: "" }); // not New York's offset (R-X9): the time is left to retype
  });

  it("says what a time typed for a day the clocks change is taken as, never shifting it silently (R-T1)", () => {
    expect(atOf("2005-04-03", "02:30")).toBe("2005-04-03T03:30:00-04:00");
    expect(wallClockNote("2005-04-03", "02:30")).toBe("New York skips 02:30 on 2005-04-03 (the clocks go forward an hour): taken as 03:30, daylight time (-04:00)");
    expect(wallClockNote("2005-10-30", "01:30")).toBe("01:30 comes twice in New York on 2005-10-30 (the clocks go back an hour): taken as the first, daylight time (-04:00); for the second, write 2005-10-30T01:30:00-05:00 in the YAML");
    for (const [date, time] of [["2005-10-30", "02:30"], ["2005-04-03", "03:00"], ["2005-04-04", "02:30"], ["2005-04-03", ""], ["", "02:30"]]) expect(wallClockNote(date, time), `${date} ${time}`).toBeNull();
  });
});

describe("the YAML editor's check", () => {
  const messages = (text: string) => problemsOf(text).map((p) => p.message);
  it("names each field at fault in the CLI's words, and passes a valid scenario", () => {
    expect(messages("company: {sharesOutstanding: 1000}\nevents:\n  - {at: '2004-05-03', type: acquire, person: a, shares: -5}\n")).toEqual([expect.stringMatching(/^events\[0\]\.shares: /)]);
    expect(messages("company: {sharesOutstanding: 1000}\n")).toEqual([]);
    expect(messages("company: [")[0]).toMatch(/flow|end|collection|Unexpected/i);
  });
  it("places each problem at its field's line, or at its nearest parent when the field is missing", () => {
    const text = "company:\n  sharesOutstanding: 1000\nevents:\n  - at: '2004-05-03'\n    type: acquire\n    person: a\n    shares: -5\n";
    const [bad] = problemsOf(text);
    expect(text.slice(bad.from, bad.to)).toBe("-5");
    expect(bad.line).toBe(7);
    const [missing] = problemsOf("company: {}\n");
    expect(missing.line).toBe(1);
  });
});

describe("the YAML editor's completion, from the scenario's JSON Schema", () => {
  const at = (text: string) => completionsAt(text.replace("|", ""), text.indexOf("|"));
  const labels = (text: string) => at(text)?.options.map((o) => o.label) ?? [];
  it("offers the top-level fields not yet given", () => {
    expect(labels("plan: net-perceptions\nev|")).toEqual(expect.arrayContaining(["events", "persons", "company"]));
    expect(labels("plan: net-perceptions\nev|")).not.toContain("plan");
  });
  it("offers the fields of the event type at hand, and the event types as the value of type", () => {
    expect(labels("events:\n  - at: '2004-05-03'\n    type: acquire\n    |")).toEqual(expect.arrayContaining(["person", "shares"]));
    expect(labels("events:\n  - at: '2004-05-03'\n    type: acquire\n    |")).not.toContain("at");
    expect(labels("events:\n  - at: '2004-05-03'\n    type: ann|")).toEqual(expect.arrayContaining(["acquire", "announce", "tender-offer"]));
    expect(at("events:\n  - at: '2004-05-03'\n    type: ann|")!.from).toBe("events:\n  - at: '2004-05-03'\n    type: ".length);
  });
  it("offers the fields of nested objects and of list items", () => {
    expect(labels("company:\n  sh|")).toContain("sharesOutstanding");
    expect(labels("persons:\n  - id: bidder\n    |")).toEqual(expect.arrayContaining(["name", "affiliates", "exempt"]));
    expect(labels("persons:\n  - id: bidder\n    exempt: |")).toEqual(["true", "false"]);
  });
  it("offers the scenario's own Persons where a Person's id goes, and the server's plans for plan", () => {
    const persons = "persons:\n  - {id: bidder, name: B}\n  - id: fund-two\nevents:\n  - {at: '2004-05-03', type: tender-offer, id: t1, bidder: bidder, allShares: true}\n";
    expect(labels(`${persons}  - at: '2004-05-04'\n    type: acquire\n    person: |`)).toEqual(["bidder", "fund-two"]);
    expect(completionsAt("plan: n", 7, ["net-perceptions", "yahoo-2001"])!.options.map((o) => o.label)).toEqual(["net-perceptions", "yahoo-2001"]);
  });
});

describe("a job's server-sent events", () => {
  it("yields each event's job as it arrives, whatever the chunks", async () => {
    const job = (state: string, done: number) => ({ id: "j", kind: "register", state, progress: { done, total: 2 }, result: null, error: null });
    const text = `event: progress\ndata: ${JSON.stringify(job("running", 1))}\n\nevent: done\ndata: ${JSON.stringify(job("done", 2))}\n\n`;
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({ start(c) { for (let i = 0; i < bytes.length; i += 7) c.enqueue(bytes.subarray(i, i + 7)); c.close(); } });
    const seen: Job[] = [];
    for await (const j of eventsOf(body)) seen.push(j);
    expect(seen.map((j) => [j.state, j.progress.done])).toEqual([["running", 1], ["done", 2]]);
  });
});

describe("the forms' fields (web1: found by building shared examples in the forms)", () => {
  it("gives each id field a pattern the browser can compile (it compiles patterns with the v flag)", () => {
    // As chromium checks an <input pattern>: the whole value, with the v flag. "[a-z0-9-]+" is a
    // SyntaxError there: chromium logged it and checked nothing.
    const matches = (pattern: string, value: string) => new RegExp(`^(?:${pattern})$`, "v").test(value);
    expect(matches(PERSON_ID_PATTERN, "bidder-fund-2")).toBe(true);
    expect(matches(PERSON_ID_PATTERN, "Bidder Fund")).toBe(false);
    expect(matches(NAME_PATTERN, "shared-01")).toBe(true);
    expect(matches(NAME_PATTERN, "-shared")).toBe(false);
  });
  it("shows an exact decimal (a price, a ratio) as a decimal field, not as JSON", () => {
    const kind = (type: string, field: string) => eventFields(type).find((f) => f.name === field)?.kind;
    expect(kind("tender-offer", "price")).toBe("decimal");
    expect(kind("split", "ratio")).toBe("decimal");
    expect(kind("merger", "principalPartyPrice")).toBe("decimal");
    expect(kind("tender-offer", "allShares")).toBe("boolean");
    expect(kind("tender-offer", "sharesSought")).toBe("integer");
  });
});

describe("a term fixed by selecting its words in a filing", () => {
  it("takes a figure's number without the dollar sign, the per cent sign or the separators", () => {
    expect(termValueOf("$250")).toBe(250);
    expect(termValueOf(" 15% ")).toBe(15);
    expect(termValueOf("$.01")).toBe("0.01");
    expect(termValueOf("$1,250.50")).toBe("1250.50");
    expect(termValueOf("1,500,000")).toBe(1500000);
    expect(termValueOf("4.9%")).toBe("4.9");
  });
  it("keeps other words as selected", () => {
    expect(termValueOf("Wells Fargo Bank Minnesota, N.A.")).toBe("Wells Fargo Bank Minnesota, N.A.");
    expect(termValueOf("1,50")).toBe("1,50");
    expect(termValueOf("$")).toBe("$");
  });
});

describe("a filing's text on the Reader page", () => {
  const html = '<html><head><title>8-A</title><style>p { margin: 0 }</style></head><body>\n<p>Board of <b>Yahoo! Inc.</b> (the &quot;Company&quot;)</p>\n\n\n<p>between the Company and EquiServe Trust Company, N.A., as Rights Agent</p></body></html>';
  const text = filingTextOf(html);
  it("shows an HTML filing without its markup, entities decoded, blank lines run together (it showed the source)", () => {
    expect(text.shown).not.toMatch(/<|&quot;|margin/);
    expect(text.shown).toContain('Board of Yahoo! Inc. (the "Company")');
    expect(text.shown).not.toMatch(/\n\s*\n\s*\n/);
  });
  it("maps the reader's passages (offsets into the file) to the text shown, and a selection back", () => {
    const [start, end] = [html.indexOf("EquiServe"), html.indexOf(", N.A.")];
    const shown = text.shownSpan(start, end);
    expect(text.shown.slice(...shown)).toBe("EquiServe Trust Company");
    expect(text.fileSpan(...shown)).toEqual([start, end]);
    // A passage over an entity and a tag: the file's span runs from the tag's first word to the entity's end.
    const quoted = [html.indexOf("Yahoo!"), html.indexOf("Company&quot;") + "Company&quot;".length] as const;
    expect(text.shown.slice(...text.shownSpan(...quoted))).toBe('Yahoo! Inc. (the "Company"');
  });
  it("leaves plain text as it is", () => {
    expect(filingTextOf("Purchase Price of $250 per Right").shown).toBe("Purchase Price of $250 per Right");
  });
  it("finds words typed (the keyboard's way to select): the next place after the selection, then from the top", () => {
    expect(nextOccurrence("Rights Agent ... the rights agent", "RIGHTS agent ", 0)).toBe(0);
    expect(nextOccurrence("Rights Agent ... the rights agent", "rights agent", 1)).toBe(21);
    expect(nextOccurrence("Rights Agent ... the rights agent", "rights agent", 22)).toBe(0);
    expect(nextOccurrence("Rights Agent", "Purchase Price", 0)).toBe(-1);
  });
});

describe("the state panel's sentences", () => {
  it("says the Rights were redeemed, not that the window ended, when they were redeemed inside it (shared example 06)", () => {
    // Redeemed on 2004-03-05; as of 2004-03-10 the window (10 days after the 2004-03-02 Stock
    // Acquisition Date: 2004-03-12, 5 P.M.) had not ended.
    expect(redeemableText({ asOf: "2004-03-10T12:00:00-05:00", status: "redeemed", redeemable: false, redemptionDeadline: "2004-03-12T17:00:00-05:00" })).toBe("no: the Rights have been redeemed (R-23)");
    expect(redeemableText({ asOf: "2004-03-10T12:00:00-05:00", status: "exchanged", redeemable: false, redemptionDeadline: "2004-03-12T17:00:00-05:00" })).toBe("no: the Rights have been exchanged (R-24)");
    // Shared example 01: as of 2004-03-20 the window closed on 2004-03-15 at 5 P.M.
    expect(redeemableText({ asOf: "2004-03-20T17:00:00-05:00", status: "separated", redeemable: false, redemptionDeadline: "2004-03-15T17:00:00-05:00" })).toBe("no (window ended 2004-03-15T17:00:00-05:00)");
    expect(redeemableText({ asOf: "2004-03-01T17:00:00-05:00", status: "attached", redeemable: true, redemptionDeadline: "2011-06-14T17:00:00-04:00" })).toBe("yes, until 2011-06-14T17:00:00-04:00");
  });
  it("gives the Redemption Price in dollars, and shares to six places", () => {
    expect(entitlementText({ pay: "0", receive: [{ security: "cash", quantity: "0.01" }] })).toBe("pays $0.00 for $0.01 in cash");
    expect(entitlementText({ pay: "15", receive: [{ security: "common", quantity: "17.247987734764" }] })).toBe("pays $15.00 for 17.247987 common");
    expect(entitlementText(null)).toBe("nothing now");
  });
});

describe("two compared states' instants (Compare scenarios, without a date: each scenario's own as-of)", () => {
  it("says when the two states stand at different instants, instead of calling them the same", () => {
    const [a, b] = [{ asOf: "2004-05-20T17:00:00-04:00" }, { asOf: "2004-03-20T17:00:00-05:00" }];
    expect(instantsText({ asOf: "", left: a, right: b })).toBe("Each state as of its scenario's own date: A as of 2004-05-20T17:00:00-04:00, B as of 2004-03-20T17:00:00-05:00. Give a date to see both at one instant.");
    expect(instantsText({ asOf: "", left: a, right: a })).toBe("Both states as of 2004-05-20T17:00:00-04:00: each scenario's own date, the same instant.");
    expect(instantsText({ asOf: "2004-06-01", left: { asOf: "2004-06-01T17:00:00-04:00" }, right: { asOf: "2004-06-01T17:00:00-04:00" } })).toBe("Both states as of 2004-06-01T17:00:00-04:00, the date given.");
  });
});

describe("one plan's terms at two dates", () => {
  const at = (terms: Record<string, unknown>): PlanShown => ({ id: "p", name: "P", source: "", version: "", amendments: [], sections: [{ section: "1", terms: Object.entries(terms).map(([term, value]) => ({ term, value, source: `${term} said so` })) }] });
  it("lists a term that changed, one only at the later date and one only at the earlier (once left out)", () => {
    const rows = termsChangedBetween(at({ threshold: 15, gone: "x", same: 1 }), at({ threshold: 20, same: 1, added: true }));
    expect(rows).toEqual([
      { term: "threshold", a: 15, b: 20, source: "threshold said so" },
      { term: "added", a: undefined, b: true, source: "added said so" },
      { term: "gone", a: "x", b: undefined, source: "gone said so" },
    ]);
  });
});

describe("the tabs' keys (ARIA tab pattern)", () => {
  it("moves with the arrows round the ends, to the first and last with Home and End (web3: Home and End did nothing)", () => {
    expect([tabAfterKey("ArrowRight", 2, 6), tabAfterKey("ArrowRight", 5, 6), tabAfterKey("ArrowLeft", 0, 6)]).toEqual([3, 0, 5]);
    expect([tabAfterKey("Home", 4, 6), tabAfterKey("End", 1, 6)]).toEqual([0, 5]);
    expect(tabAfterKey("Enter", 1, 6)).toBeUndefined();
  });
});

describe("a register command's answer under its form", () => {
  it("gives money in dollars and says what an exercise delivered (the shared register session's h001)", () => {
    // 1,000 Rights at the $15 Purchase Price: $15,000 paid; 13,196 whole shares delivered and
    // $1.10 in lieu of the fraction (the shared session's figures, examples/register/expect.json).
    const exercise = { holder: "h001", rights: 1000, at: "2004-03-22T10:00:00-05:00", paid: "15000", delivered: [{ security: "common", quantity: "13196" }], cashInLieu: "1.1", surrendered: [3], certificate: null, replayed: false };
    expect(commandSummary(exercise)).toBe("holder h001, rights 1,000, at 2004-03-22T10:00:00-05:00, paid $15,000.00, delivered 13,196 common, cashInLieu $1.10, replayed false");
    // A ratio and a portion are not money.
    expect(commandSummary({ holders: 3, warnings: ["Manifest.ocf.json line 9: transactions_files: Transactions.ocf.json does not have the MD5 the manifest gives"] })).toBe("holders 3, warning: Manifest.ocf.json line 9: transactions_files: Transactions.ocf.json does not have the MD5 the manifest gives");
    expect(commandSummary({ certificates: 2, warnings: [] })).toBe("certificates 2");
    expect(commandSummary({ at: "2004-03-05T09:00:00-05:00", portion: "0.5", ratio: "1", holders: 3, rights: 11468907, shares: 11468907, cashInLieu: "0" })).toBe("at 2004-03-05T09:00:00-05:00, portion 0.5, ratio 1, holders 3, rights 11,468,907, shares 11,468,907, cashInLieu $0.00");
  });
});
