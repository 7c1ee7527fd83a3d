/**
 * The analysis commands as a user runs them (the built dist/cli/main.js, after `npm run build`):
 * dilution, sweep, chart and report, their outputs, files and exit codes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, repoRoot, shared } from "./analysis-support.js";

const cli = join(repoRoot, "dist/cli/main.js");
const scratch = mkdtempSync(join(tmpdir(), "rightsplan-analysis-cli-"));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const isPng = (path: string) => readFileSync(path).subarray(0, 8).toString("hex") === "89504e470d0a1a0a";

describe("rightsplan dilution", () => {
  it("prints the exchange of shared example 08: 15.164% -> 8.204%, with the rules", () => {
    const r = run("dilution", shared("08-exchange-after-flip-in.yaml"));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("bidder: 15.164% -> 8.204%");
    expect(r.stdout).toContain("Exchange: every valid Right for 1 share(s) of Common Stock (R-24)");
    expect(r.stdout).toContain("check: the engine's own exchange leaves 49,975,628 shares outstanding (matches)");
  });

  it("answers JSON with the fields of the issue, and draws a PNG", () => {
    const png = join(scratch, "dilution.png");
    const r = run("dilution", shared("07-seed-worked-example.yaml"), "--json", "--exercise-rate", "1", "--chart", png);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    const flipIn = a.scenarios.find((s: { kind: string }) => s.kind === "flip-in");
    for (const field of ["kind", "newShares", "sharesAfter", "parties", "acquirerLossPercent", "authorizedShortfall", "spreadPerRight"]) expect(flipIn).toHaveProperty(field);
    expect(flipIn.parties[0]).toMatchObject({ person: "bidder", sharesBefore: 5_000_000, sharesAfter: 5_000_000 });
    for (const field of ["person", "sharesBefore", "percentBefore", "sharesAfter", "percentAfter", "valueBefore", "valueAfter"]) expect(flipIn.parties[0]).toHaveProperty(field);
    expect(flipIn.newShares).toBe(661_134_420);
    expect(isPng(png)).toBe(true);
    expect(r.stderr).toContain(`chart written to ${png}`);
  });

  it("takes --price and --principal-party-shares, and refuses bad values with exit 2", () => {
    const r = JSON.parse(run("dilution", project("examples/04-flip-over-merger.yaml"), "--json", "--principal-party-shares", "100000000", "--price", "2").stdout);
    expect(r.marketPrice).toEqual({ price: "2", basis: "stated (--price)" });
    expect(r.scenarios.map((s: { kind: string }) => s.kind)).toEqual(["exchange", "flip-over"]);
    const bad = run("dilution", shared("07-seed-worked-example.yaml"), "--exercise-rate", "1.5");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("between 0 and 1");
    expect(run("dilution", shared("07-seed-worked-example.yaml"), "--chart", "x.gif").stderr).toContain(".svg or .png");
  });

  it("exits 1 when the scenario breaks a rule (shared example 09), still analysing the events before", () => {
    const r = run("dilution", shared("09-error-redeem-after-window.yaml"));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("event 2 (R-23)");
  });
});

describe("rightsplan sweep", () => {
  it("finds the largest purchase that does not trigger, as JSON", () => {
    const r = run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=1000000:1100000:5000", "--metric", "acquiringPersons", "--metric", "acquirerPercentAfterExchange", "--json");
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.points).toHaveLength(21);
    expect(s.metrics).toEqual(["acquiringPersons", "acquirerPercentAfterExchange"]);
    expect(s.summary.triggerBoundary).toEqual({ without: 1_055_672, with: 1_055_673, exact: true, direction: "rising" });
    expect(r.stderr).not.toContain("sweep ["); // no progress bar off a terminal
  });

  it("prints a table for a short sweep and draws the curve", () => {
    const svg = join(scratch, "sweep.svg");
    const r = run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.2.at=2004-03-02:2004-03-06:1", "--metric", "distributionDate", "--chart", svg);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2004-03-03\s+2004-03-15T17:00:00-05:00/);
    expect(r.stdout).toContain("distributionDate is 10 days after events.2.at");
    expect(readFileSync(svg, "utf8")).toContain("distributionDate (New York date)");
  });

  it("names a bad spec or metric, exit 2", () => {
    const bad = run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=1:2");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("PATH=FROM:TO:STEP");
    expect(run("sweep", shared("01-open-market-crossing.yaml"), "--vary", "events.1.shares=1:2:1", "--metric", "nope").stderr).toContain('unknown metric "nope"');
  });
});

describe("rightsplan chart", () => {
  it("draws ownership over time as SVG and PNG", () => {
    const svg = join(scratch, "ownership.svg");
    const png = join(scratch, "ownership.png");
    expect(run("chart", shared("01-open-market-crossing.yaml"), "--out", svg).status).toBe(0);
    expect(run("chart", shared("01-open-market-crossing.yaml"), "--out", png).status).toBe(0);
    const text = readFileSync(svg, "utf8");
    expect(text).toContain("Acquiring Person threshold 15% (R-1a)");
    expect(text).toContain("2004-03-03 Stock Acquisition Date (R-1ff)");
    expect(isPng(png)).toBe(true);
  });

  it("draws the dilution bars with --kind dilution, and refuses another kind", () => {
    const svg = join(scratch, "bars.svg");
    expect(run("chart", shared("08-exchange-after-flip-in.yaml"), "--kind", "dilution", "--out", svg).status).toBe(0);
    expect(readFileSync(svg, "utf8")).toContain("After exchange (R-24)");
    expect(run("chart", shared("08-exchange-after-flip-in.yaml"), "--kind", "pie", "--out", svg).status).toBe(2);
  });
});

describe("rightsplan report", () => {
  it("writes an HTML memo with inline charts", () => {
    const out = join(scratch, "memo.html");
    const r = run("report", shared("01-open-market-crossing.yaml"), "--out", out, "--date", "2026-11-30");
    expect(r.status).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<h1>Memorandum</h1>");
    expect(html).toContain("2026-11-30");
    expect(html.match(/<svg /g)?.length).toBe(2);
  });

  it("writes a Markdown memo with the charts as files beside it, or prints it", () => {
    const out = join(scratch, "memo.md");
    expect(run("report", project("examples/08-selectica-2009-exchange.yaml"), "--format", "md", "--out", out).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("](memo-ownership.svg)");
    expect(existsSync(join(scratch, "memo-dilution.svg"))).toBe(true);
    const printed = run("report", shared("07-seed-worked-example.yaml"), "--format", "md");
    expect(printed.stdout).toMatch(/^# Memorandum/);
    expect(run("report", shared("07-seed-worked-example.yaml"), "--format", "pdf").status).toBe(2);
  });

  it("has --help for every analysis command", () => {
    for (const c of ["dilution", "sweep", "chart", "report"]) {
      const r = run(c, "--help");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Usage: rightsplan ${c}`);
    }
  });
});
