/**
 * The CLI's text for the people who use it (item 12 of issue 8): counts with thousands
 * separators, percentages to 4 places (cut, never rounded up to the threshold), Persons by name,
 * term names in words, while --json keeps exact values and ids; closing prices from a CSV file.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { scenarioJsonSchema } from "../src/schemas.js";
import { cli, repoRoot } from "./support/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "rightsplan-cli-people-"));
const sharedExample = (name: string) => join(repoRoot, "../shared/examples", name);

describe("the text output", () => {
  it("groups counts, gives percentages to 4 places and Persons by name; the JSON keeps exact values", async () => {
    const text = (await cli(["evaluate", "examples/01-bidder-crosses-and-files-13d.yaml"])).stdout;
    expect(text).toContain("bidder acquires 1,892,647 shares; beneficially owns 4,326,051 of 27,037,814");
    expect(text).toMatch(/Shares outstanding: +27,037,814\n/);
    expect(text).toMatch(/Rights outstanding: +27,037,814 \(4,326,051 void\)/);
    expect(text).toMatch(/Acquiring Persons: +Bidder Holdings LLC \(bidder\)/);
    expect(text).toMatch(/Bidder Holdings LLC \(bidder\): +4,326,051 shares, 16\.0000%/);
    expect(text).toContain("16.0000% ≥ 15%");
    const json = JSON.parse((await cli(["evaluate", "examples/01-bidder-crosses-and-files-13d.yaml", "--json"])).stdout);
    expect(json.beneficialOwnership[0]).toEqual({ person: "bidder", shares: 4326051, percent: "16.000002810878" });
  });

  it("heads the owners apart from the Acquiring Persons, says whether the window closes or closed, and names what a Right receives", async () => {
    const open = join(scratch, "owners-open.yaml");
    writeFileSync(open, "company: {sharesOutstanding: 1000000}\npersons: [{id: a}]\nevents:\n  - {at: 2004-03-01, type: acquire, person: a, shares: 1000}\n");
    const text = (await cli(["evaluate", open])).stdout;
    expect(text).toMatch(/Acquiring Persons: +none\n {2}Beneficial Owners:\n {4}a: +1,000 shares, 0\.1000%/);
    expect(text).toMatch(/Redeemable: +true \(window closes 2011-06-14T17:00:00-04:00\)/);
    expect(text).toMatch(/Each valid Right: +pays \$15, receives 0\.001 shares of Preferred Stock\n/);
    const expired = join(scratch, "owners-expired.yaml");
    writeFileSync(expired, "asOf: '2011-06-15T12:00:00-04:00'\ncompany: {sharesOutstanding: 1000000}\npersons: [{id: a}]\nevents:\n  - {at: 2004-03-01, type: acquire, person: a, shares: 1000}\n");
    expect((await cli(["evaluate", expired])).stdout).toMatch(/Redeemable: +false \(window closed 2011-06-14T17:00:00-04:00\)/);
    const redeemed = join(scratch, "owners-redeemed.yaml");
    writeFileSync(redeemed, "company: {sharesOutstanding: 1000000}\npersons: [{id: a}]\nevents:\n  - {at: 2004-03-01, type: redeem}\n");
    const after = (await cli(["evaluate", redeemed])).stdout;
    expect(after).toMatch(/Redeemable: +false \(the Rights have been redeemed\)/);
    expect((await cli(["evaluate", sharedExample("08-exchange-after-flip-in.yaml")])).stdout).toMatch(/Redeemable: +false \(the Rights have been exchanged\)/);
    expect(after).toMatch(/Beneficial Owners: +none named/);
    expect(after).toMatch(/Each valid Right: +pays \$0, receives \$0\.01 in cash/);
  });

  it("says a Distribution Date the events had fixed was never reached when the Rights were redeemed first", async () => {
    const text = (await cli(["evaluate", sharedExample("06-redeem-in-window.yaml")])).stdout;
    expect(text).toMatch(/Distribution Date: +2004-03-12T17:00:00-05:00 \(3a-i; never reached: the Rights were redeemed before it\)/);
    expect((await cli(["evaluate", sharedExample("01-open-market-crossing.yaml")])).stdout).not.toContain("never reached");
  });

  it("cuts a percentage just below the threshold to 14.9999%, never 15.0000%", async () => {
    const file = join(scratch, "below.yaml");
    writeFileSync(file, "company: {sharesOutstanding: 27037814}\npersons: [{id: a}]\nevents:\n  - {at: 2004-03-01, type: acquire, person: a, shares: 4055672}\n");
    const text = (await cli(["evaluate", file])).stdout;
    expect(text).toMatch(/ {4}a: +4,055,672 shares, 14\.9999%/);
    expect(text).not.toContain("15.0000%");
  });

  it("lists the answer's warnings after the state", async () => {
    const file = join(scratch, "saturday-close.yaml");
    writeFileSync(file, "company: {sharesOutstanding: 1000000}\npersons: [{id: a}]\nprices:\n  - {date: 2004-04-10, close: '2.00'}\nevents:\n  - {at: 2004-04-12, type: acquire, person: a, shares: 1000}\n");
    const text = (await cli(["evaluate", file])).stdout;
    expect(text).toMatch(/\nWarnings \(the answer relies on these; they change nothing\)\n {2}R-X10: .*2004-04-10/);
  });

  it("shows the terms by Agreement section, each by its label, with its name in plan files", async () => {
    const text = (await cli(["plan", "show"])).stdout;
    expect(text).toMatch(/\nSection 1\(a\): Acquiring Person\n {2}Acquiring Person threshold \(acquiringPersonThresholdPercent\): 15\n/);
    expect(text).toMatch(/\nSection 23: [^\n]+\n {2}Redemption Price \(redemptionPrice\): 0\.01\n/);
    expect(text).toContain("  Preferred reserved (preferredReserved): 1,500,000");
  });

  it("groups the digits of a count in plan show, never the digits of a text term (a company named by its CIK)", async () => {
    const file = join(scratch, "cik-plan.yaml");
    const terms = [
      'company: {value: "CIK 1178711 issuer", source: "10-Q cover"}',
      'rightsAgent: {value: "Agent 20000 Trust Co.", source: "10-Q"}',
      'agreementDate: {value: "2013-09-13", source: "note"}',
      'recordDate: {value: "2013-09-27", source: "note"}',
      'purchasePrice: {value: "14.24", source: "note"}',
      'preferredReserved: {value: 250000, source: "note"}',
    ];
    writeFileSync(file, `id: cik-plan\nname: A plan\nsource: 10-Q\nterms:\n${terms.map((t) => `  ${t}\n`).join("")}`);
    const text = (await cli(["plan", "show", file])).stdout;
    expect(text.split("\n")[0]).toBe("A plan (cik-plan@2013-09-13), terms with every amendment in force");
    expect((await cli(["plan", "show", file, "--as-of", "2014-01-02"])).stdout.split("\n")[0]).toBe("A plan (cik-plan@2013-09-13), terms in force on 2014-01-02T17:00:00-05:00");
    expect(text).toContain("  Company (company): CIK 1178711 issuer\n");
    expect(text).toContain("  Rights Agent (rightsAgent): Agent 20000 Trust Co.\n");
    expect(text).toContain("  Preferred reserved (preferredReserved): 250,000\n");
  });
});

describe("prices: prices.csv", () => {
  const scenario = parseYaml(readFileSync(sharedExample("01-open-market-crossing.yaml"), "utf8")) as { prices: { date: string; close: string }[] };
  const csv = ["date,close", ...scenario.prices.map((p) => `${p.date},${p.close}`)].join("\n") + "\n";

  function withPricesFile(dir: string, pricesField: string, csvText: string, csvName = "prices.csv"): string {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, csvName), csvText);
    const file = join(dir, "scenario.yaml");
    writeFileSync(file, readFileSync(sharedExample("01-open-market-crossing.yaml"), "utf8").replace(/^prices:\n(- .*\n)+/m, `prices: ${pricesField}\n`));
    return file;
  }

  it("reads the closes from a CSV file beside the scenario: the same answer as the closes written in it", async () => {
    const file = withPricesFile(join(scratch, "csv"), "prices.csv", csv);
    expect(readFileSync(file, "utf8")).not.toContain("close: ");
    const fromCsv = await cli(["evaluate", file, "--json"]);
    expect(fromCsv.status).toBe(0);
    expect(JSON.parse(fromCsv.stdout)).toEqual(JSON.parse((await cli(["evaluate", sharedExample("01-open-market-crossing.yaml"), "--json"])).stdout));
  });

  it("names the CSV line of a bad close, a row with three values and a wrong header", async () => {
    const bad = await cli(["evaluate", withPricesFile(join(scratch, "bad-close"), "prices.csv", csv.replace("2004-01-05,1.88", "2004-01-05,1.8.8"))]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('prices[2].close (prices.csv line 4): expected a decimal number such as "1.50"; got "1.8.8"');
    const three = await cli(["evaluate", withPricesFile(join(scratch, "three"), "prices.csv", csv.replace("2004-01-05,1.88", "2004-01-05,1.88,x"))]);
    expect(three.stderr).toContain("prices.csv line 4: a row is a date and a close (2 values); this one has 3");
    const header = await cli(["evaluate", withPricesFile(join(scratch, "header"), "prices.csv", csv.replace("date,close", "day,price"))]);
    expect(header.stderr).toContain("prices.csv line 1 must be the header date,close; it is day,price");
  });

  it("refuses a path that leaves the scenario's folder, or an absolute one", async () => {
    writeFileSync(join(scratch, "outside.csv"), csv);
    const up = await cli(["evaluate", withPricesFile(join(scratch, "up"), "../outside.csv", csv)]);
    expect(up.status).toBe(2);
    expect(up.stderr).toContain("is not inside the scenario's folder");
    expect((await cli(["evaluate", withPricesFile(join(scratch, "absolute"), join(scratch, "outside.csv"), csv)])).stderr).toContain("is not inside the scenario's folder");
    expect((await cli(["evaluate", withPricesFile(join(scratch, "missing"), "nope.csv", csv)])).stderr).toContain("prices: cannot read nope.csv");
  });
});

describe("the scenario's JSON Schema", () => {
  it("says that an asOf date means 5:00 P.M.", () => {
    const asOf = (scenarioJsonSchema() as { properties: { asOf: { description: string } } }).properties.asOf;
    expect(asOf.description).toContain("5:00 P.M.");
  });
});
