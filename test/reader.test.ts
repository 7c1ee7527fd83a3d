/**
 * The reader end to end: the seed reads into the built-in plan (with Amendment No. 1 as a dated
 * amendment); every shared filing reads into the terms a person read from it (truth.json), field
 * by field, also through the CLI with check_reader.py (both folders: ../shared/filings and the
 * filings-more the reader had not seen when it was built); a plan read from a filing runs with
 * `evaluate`; and a plan's description read back gives the plan's terms (the round trip), for the
 * built-in plan and for fixtures with other thresholds, prices, NOL, passive-investor, redemption
 * and expiry terms. The shared filings are read where they are (../shared/filings), never copied.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { describePlan, DESCRIPTION_FORMATS } from "../src/reader/describe/describe.js";
import { planOf } from "../src/reader/planOf.js";
import { readFiles, readTexts } from "../src/reader/read.js";
import type { ReadingSummary } from "../src/reader/summary.js";
import { amendmentsInOrder, termsInForce } from "../src/terms/inForce.js";
import { loadPlan } from "../src/files/plans.js";
import type { Plan } from "../src/terms/schema.js";
import { newYorkInstant } from "../src/time/instant.js";
import { cli as runCli } from "./support/cli.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "../shared");
const filings = join(shared, "filings");
const seed = join(shared, "seeds/000_208d602dd66c619c.txt");
const cli = join(root, "dist/cli/main.js");
const scratch = mkdtempSync(join(tmpdir(), "rightsplan-reader-"));
const builtIn = loadPlan("net-perceptions");
const fixture = (name: string) => loadPlan(join(root, "test/fixtures/plans", name));
const at = (date: string) => newYorkInstant(date, "12:00");

/** `rightsplan ...args`, called in-process (test/support/cli.ts). */
const run = (...args: string[]) => runCli(args);

/** The plan's terms in force at each date, as plain values. */
function valuesAt(plan: Plan, dates: readonly string[]) {
  return dates.map((d) => termsInForce(plan, at(d)).values);
}

/** An amendment as comparable data: dates and changed values, without ids, names or sources. */
function amendmentValues(plan: Plan) {
  return amendmentsInOrder(plan).map((a) => ({
    date: a.date,
    effective: a.effective,
    changes: Object.fromEntries(Object.entries(a.changes).map(([k, v]) => [k, v!.value])),
  }));
}

describe("the seed", () => {
  const reading = readFiles([seed]);
  const { plan, placeholders } = planOf(reading);

  it("reads into the terms of the built-in plan, before and after Amendment No. 1", () => {
    expect(valuesAt(plan, ["2002-01-01", "2003-12-21", "2003-12-22", "2004-06-01"])).toEqual(valuesAt(builtIn, ["2002-01-01", "2003-12-21", "2003-12-22", "2004-06-01"]));
    expect(placeholders).toEqual([]);
  });

  it("reads Amendment No. 1 as a dated amendment, effective 2003-12-22, with its five changes", () => {
    expect(plan.amendments).toHaveLength(1);
    expect(plan.amendments[0]).toMatchObject({ id: "amendment-1", name: "Amendment No. 1 to Rights Agreement", date: "2003-12-22", effective: "2003-12-22" });
    expect(amendmentValues(plan)).toEqual([{
      date: "2003-12-22",
      effective: "2003-12-22",
      changes: {
        distributionTenderOfferProng: "less-than-all",
        qualifiedTransaction: { percent: "85", excludeDirectorOfficers: true, excludeStockPlans: true },
        stockAcquisitionDateExceptions: ["qualified-offer", "qualified-transaction"],
        section13dExceptions: ["qualified-offer", "qualified-transaction"],
        liquidationPlanVotingCarveOut: true,
      },
    }]);
    expect(amendmentValues(plan)).toEqual(amendmentValues(builtIn));
    expect(reading.amendments[0]!.sections).toEqual(expect.arrayContaining(["1(d)", "1(ff)", "3(a)", "11(a)(ii)", "13(d)"]));
  });

  it("quotes the seed exactly for every term, at the offsets it gives", () => {
    const text = readFileSync(seed, "utf8");
    const found = [...Object.values(reading.terms), ...reading.amendments.flatMap((a) => Object.values(a.changes))];
    for (const f of found) expect(text.slice(f!.start, f!.end)).toBe(f!.quote);
    expect(reading.amendments[0]!.changes.qualifiedTransaction!.quote).toContain("at least 85%");
  });

  it("reads a later amendment after it as a further dated amendment (read plan.txt amendment.txt)", () => {
    const both = readFiles([seed, join(filings, "001_net-perceptions-amendment3-2006.txt")]);
    expect(both.amendments.map((a) => [a.id, a.date?.value, a.file.endsWith("001_net-perceptions-amendment3-2006.txt")])).toEqual([
      ["amendment-1", "2003-12-22", false],
      ["amendment-3", "2006-09-22", true],
    ]);
    const third = both.amendments[1]!;
    expect(third.sections).toEqual(["1(a)"]);
    expect(third.changes.exemptPersons?.value).toEqual([{ name: "Kanders & Company, Inc." }]);
    expect(third.changes.rightsAgent?.value).toBe("Wells Fargo Bank, N.A.");
    const { plan: withThird } = planOf(both);
    expect(termsInForce(withThird, at("2006-09-21")).values.exemptPersons).toEqual([]);
    expect(termsInForce(withThird, at("2006-09-22")).values.exemptPersons).toEqual([{ name: "Kanders & Company, Inc." }]);
  });
});

/** check_reader.py's mapping from truth.json's names to the summary's, and how each is compared. */
const FIELDS: Readonly<Record<string, [keyof ReadingSummary, "text" | "date" | "num" | "true"]>> = {
  issuer: ["issuer", "text"], plan_date: ["planDate", "date"], record_date: ["recordDate", "date"], rights_agent: ["rightsAgent", "text"],
  acquiring_person_threshold_pct: ["acquiringPersonThresholdPercent", "num"], passive_or_13g_threshold_pct: ["passiveInvestorThresholdPercent", "num"],
  purchase_price_usd: ["purchasePrice", "num"], flip_in_multiple: ["flipInMultiple", "num"], redemption_price_usd: ["redemptionPrice", "num"],
  expiration_date: ["finalExpirationDate", "date"], distribution_date_days_after_announcement: ["distributionDaysAfterAnnouncement", "num"],
  distribution_date_business_days_after_tender_offer: ["distributionBusinessDaysAfterTenderOffer", "num"],
  qualified_offer_clause: ["qualifiedOfferClause", "true"], nol_plan: ["nolPlan", "true"],
};
const alnum = (s: unknown) => String(s).toLowerCase().replace(/[^a-z0-9]/g, "");

/** What a summary value must be for a truth value: the same value, or nothing where the person read nothing. */
function agrees(kind: string, truth: unknown, got: unknown): boolean {
  if (truth === null || (kind === "true" && truth !== true)) return got === null || got === false;
  if (got === null) return false;
  if (kind === "num") return Number(got) === Number(truth);
  if (kind === "date") return String(got).slice(0, 10) === String(truth).slice(0, 10);
  if (kind === "true") return got === true;
  const [a, b] = [alnum(truth), alnum(got)];
  return b !== "" && (a.includes(b) || b.includes(a));
}

describe.each([["filings"], ["filings-more"]])("the shared %s, field by field against truth.json", (folder) => {
  const dir = join(shared, folder);
  const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as Record<string, unknown>[];

  it.each(truth.map((t) => [t.file as string, t] as const))("%s (read --json)", async (file, t) => {
    const read = await run("read", join(dir, file), "--json");
    const summary = JSON.parse(read.stdout).summary as ReadingSummary;
    const disagreements = Object.entries(FIELDS).flatMap(([field, [name, kind]]) =>
      agrees(kind, t[field], summary[name]) ? [] : [`${name}: read ${JSON.stringify(summary[name])}, truth ${JSON.stringify(t[field])}`]);
    expect(disagreements).toEqual([]);
  });

  // A process per filing: run where RIGHTSPLAN_PROCESS_CHECKS=1 (.ci/run sets it); the test above
  // checks the same fields through the same command in-process.
  it.runIf(process.env.RIGHTSPLAN_PROCESS_CHECKS === "1")("passes check_reader.py through the built CLI with recall 1 and nothing wrong", () => {
    const out = execFileSync("python3", [join(shared, "tools/check_reader.py"), dir, "--cli", `node ${cli}`, "--recall", "1", "--wrong", "0"], { cwd: root, encoding: "utf8" });
    expect(out.trim().split("\n").pop()).toMatch(/^reader: recall 1\.000 \(\d+\/\d+\), wrong 0\.000, unsupported 0$/);
  }, 600_000);
});

describe("a plan read from a filing runs with evaluate", () => {
  it("gives the built-in plan's answer for a scenario naming the plan file (plan: ./plan.yaml)", async () => {
    const out = join(scratch, "plan.yaml");
    const read = await run("read", seed, "--out", out);
    expect(read.status).toBe(0);
    expect(read.stdout).toContain(`Wrote ${out}; assumed (not in the text): passiveInvestorThresholdPercent,`);
    expect(readFileSync(out, "utf8")).toMatch(/^# Plan terms read by `rightsplan read /);
    const example = readFileSync(join(root, "examples/01-bidder-crosses-and-files-13d.yaml"), "utf8");
    writeFileSync(join(scratch, "scenario.yaml"), example.replace(/^plan: net-perceptions$/m, "plan: ./plan.yaml"));
    const mine = JSON.parse((await run("evaluate", join(scratch, "scenario.yaml"), "--json")).stdout);
    const theirs = JSON.parse((await run("evaluate", join(root, "examples/01-bidder-crosses-and-files-13d.yaml"), "--json")).stdout);
    expect(mine.errors).toEqual([]);
    // The plan read from the seed assumes the terms the seed leaves out, and says so (R-X13); apart from that, the same answer.
    type Warned = { warnings: { code: string }[]; trace: { finding: string }[] };
    expect(mine.warnings.some((w: { code: string }) => w.code === "assumed-term")).toBe(true);
    const withoutAssumptions = (a: Warned) => ({
      ...a,
      plan: "",
      planVersion: "",
      warnings: a.warnings.filter((w) => w.code !== "assumed-term"),
      trace: a.trace.filter((f) => !f.finding.startsWith("warning (assumed-term)")),
    });
    expect(withoutAssumptions(mine)).toEqual(withoutAssumptions(theirs));
    expect(mine.planVersion).toBe("net-perceptions-inc-2001@2003-12-22");
  });

  it("says in the plan file which terms the text did not give", async () => {
    const out = join(scratch, "protection-plan.yaml");
    expect((await run("read", join(filings, "046_cik799698-2019-10k-note-stockholder-protection-rights-plan.txt"), "--out", out)).status).toBe(0);
    const plan = parseYaml(readFileSync(out, "utf8")) as Plan;
    expect(plan.terms.acquiringPersonThresholdPercent.source).toMatch(/\[\d+-\d+\], confidence [\d.]+: "beneficial ownership of fifteen percent \(15%\) or more"/);
    expect(plan.terms.redemptionPrice.source).toBe("not in the text: standard-form default (R-23)");
    expect(plan.terms.company.source).toMatch(/^not in the text: no standard form; placeholder/);
  });
});

describe("describe, then read: the round trip gives the plan's terms", () => {
  const cases: [string, Plan, readonly string[]][] = [
    ["net-perceptions", builtIn, ["2002-01-01", "2003-12-22", "2010-01-01"]],
    ["ten-percent-passive (10%, 13G at 20%, named holders, $45.50, $0.001 in 20 days, 3 years)", fixture("ten-percent-passive.yaml"), ["2011-01-01"]],
    ["nol-tax-benefits (4.99%, 2 Units, 0.5 share exchange, 4 P.M. close, bank closings, an amendment)", fixture("nol-tax-benefits.yaml"), ["2013-01-01", "2014-06-10", "2014-06-16", "2016-01-01"]],
    ["qualified-offer (QO, 90% QT, carve-out, 2.5x/3x, 2 shares under a 40% bar, 11:59 P.M.)", fixture("qualified-offer.yaml"), ["2016-01-01"]],
  ];

  describe.each(DESCRIPTION_FORMATS.map((f) => [f]))("%s", (format) => {
    it.each(cases)("%s: the plan as adopted and then each amendment", (_, plan, dates) => {
      const { plan: read } = planOf(readTexts([{ file: `description.${format}`, text: describePlan(plan, { format }) }]));
      expect(valuesAt(read, dates)).toEqual(valuesAt(plan, dates));
      expect(amendmentValues(read)).toEqual(amendmentValues(plan));
    });

    it.each(cases.flatMap(([name, plan, dates]) => dates.map((d) => [`${name} as in force on ${d}`, plan, d] as const)))("%s", (_, plan, date) => {
      const { plan: read } = planOf(readTexts([{ file: `description.${format}`, text: describePlan(plan, { format, at: at(date) }) }]));
      expect(read.amendments).toEqual([]);
      expect(termsInForce(read, at(date)).values).toEqual(termsInForce(plan, at(date)).values);
    });
  });
});

describe("the reader's commands", () => {
  it("read --json gives the summary, the terms with quotes and offsets, what was not found, the amendments and the plan", async () => {
    const r = await run("read", join(filings, "018_natus-medical-2006-amendment3.txt"), "--json");
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(Object.keys(answer)).toEqual(["summary", "terms", "notFound", "amendments", "documents", "plan", "placeholders", "assumed"]);
    expect(answer.documents).toEqual([{ file: join(filings, "018_natus-medical-2006-amendment3.txt"), format: "text", offsetsInto: "the file" }]);
    expect(answer.summary).toMatchObject({ issuer: "Natus Medical Incorporated", planDate: "2002-09-04", acquiringPersonThresholdPercent: "25", rightsAgent: "Wells Fargo Bank, National Association" });
    expect(answer.terms.acquiringPersonThresholdPercent).toMatchObject({ value: "20", quote: expect.stringContaining("from 20% to 25%") });
    expect(answer.amendments[0]).toMatchObject({ id: "amendment-3", date: { value: "2006-08-17" }, changes: { acquiringPersonThresholdPercent: { value: "25" } } });
    expect(answer.plan.amendments[0].changes.acquiringPersonThresholdPercent.value).toBe("25");
    expect(answer.notFound).toContain("purchasePrice");
  });

  it("read gives a null plan and the reason where the text has no date, still answering the summary", async () => {
    const answer = JSON.parse((await run("read", join(filings, "008_nn-inc-2020-8k.txt"), "--json")).stdout);
    expect(answer.plan).toBeNull();
    expect(answer.planError).toMatch(/neither the plan's date nor its Record Date/);
    expect(answer.summary.flipInMultiple).toBe("2");
  });

  it("read prints a table of terms with their quotes by default", async () => {
    const r = await run("read", seed);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/purchasePrice\s+15 {2}\(0\.9\)\n\s+"purchase price of \$15" \[\d+-\d+ /);
    expect(r.stdout).toContain("Amendment No. 1 to Rights Agreement (document), dated 2003-12-22, effective 2003-12-22, amends Section 1(d)");
  });

  it("diff lists the differing terms, in text or JSON, at a date", async () => {
    const text = await run("diff", "net-perceptions", join(root, "test/fixtures/plans/qualified-offer.yaml"));
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/exchangeBarPercent\s+A 50 \| B 40 \(lower\)|exchangeBarPercent\s+A 50\s+\|\s+B 40\s+\(lower\)/);
    const json = JSON.parse((await run("diff", "net-perceptions", "net-perceptions", "--as-of", "2002-01-01", "--json")).stdout);
    expect(json).toMatchObject({ asOf: "2002-01-01", differences: [], a: { version: "net-perceptions@2001-06-01" } });
  });

  it("describe writes Markdown, HTML or text", async () => {
    expect((await run("describe", "net-perceptions")).stdout).toMatch(/^# Description of the Rights\n/);
    expect((await run("describe", "net-perceptions", "--format", "html", "--as-of", "2004-01-01")).stdout).toContain('<span data-terms="qualifiedTransaction">');
    expect((await run("describe", "net-perceptions", "--format", "text")).stdout).toContain("Terms stated by each sentence:");
  });

  it("answers unreadable files, unknown plans and unknown formats with exit code 2 and a message", async () => {
    const missing = await run("read", join(scratch, "missing.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^rightsplan: cannot read .*missing\.txt/);
    const unknown = await run("diff", "net-perceptions", "no-such-plan");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown plan "no-such-plan"');
    expect((await run("describe", "net-perceptions", "--format", "pdf")).status).toBe(2);
    expect((await run("read", join(filings, "008_nn-inc-2020-8k.txt"), "--out", join(scratch, "x.yaml"))).status).toBe(2);
  });
});
