/**
 * The analysis commands: `dilution`, `sweep`, `chart` and `report`. A thin layer: it reads the
 * scenario and the plan once, calls src/analysis, prints or writes the results and sets the exit
 * code (0 answered, 1 the scenario breaks a rule, 2 the input or an option cannot be read).
 *
 * The chart renderer (ECharts, resvg) is loaded only by the commands that draw, so that every
 * other command of the CLI starts as fast as before.
 */
import { writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { progressBar } from "./progress.js";
import { InputError } from "../errors.js";
import { parseAsOf } from "../engine/evaluate.js";
import { readScenarioFile, type ParsedScenario } from "../scenario/parse.js";
import { plansForScenarioFile } from "../files/plans.js";
import { planNamed } from "../terms/catalogue.js";
import type { AnalysisOptions } from "../analysis/base.js";
import { baseRun } from "../analysis/base.js";
import type { ChartOption } from "../analysis/charts.js";
import { dilutionOf, exerciseRateOf, type DilutionOptions } from "../analysis/dilution.js";
import { formatDilution, formatSweep } from "../analysis/format.js";
import type { ReportFormat } from "../analysis/report.js";
import { DEFAULT_METRICS, METRICS, sweep } from "../analysis/sweep.js";
import { ownershipTimeline } from "../analysis/timeline.js";
import { isDecimalString } from "../numbers/decimal.js";

/** The chart module, loaded on first use (ECharts is large). */
const charts = () => import("../analysis/charts.js");

interface Loaded {
  readonly parsed: ParsedScenario;
  readonly options: AnalysisOptions;
}

/** Reads the scenario and its plan once. */
function load(file: string, asOf: string | undefined): Loaded {
  const parsed = readScenarioFile(file);
  if (asOf !== undefined) parseAsOf(asOf);
  return { parsed, options: { plan: planNamed(plansForScenarioFile(file, parsed.scenario.plan), parsed.scenario.plan), asOf } };
}

interface DilutionFlags {
  exerciseRate?: string;
  price?: string;
  principalPartyShares?: string;
}

function dilutionOptions(flags: DilutionFlags): DilutionOptions {
  if (flags.exerciseRate !== undefined) {
    if (!isDecimalString(flags.exerciseRate)) throw new InputError(`--exercise-rate "${flags.exerciseRate}" is not a number between 0 and 1`, []);
    exerciseRateOf(flags.exerciseRate);
  }
  if (flags.price !== undefined && (!isDecimalString(flags.price) || Number(flags.price) <= 0)) throw new InputError(`--price "${flags.price}" is not a positive decimal`, []);
  let principalPartyShares: number | undefined;
  if (flags.principalPartyShares !== undefined) {
    principalPartyShares = Number(flags.principalPartyShares);
    if (!Number.isSafeInteger(principalPartyShares) || principalPartyShares <= 0) throw new InputError(`--principal-party-shares "${flags.principalPartyShares}" is not a positive whole number`, []);
  }
  return { exerciseRate: flags.exerciseRate, price: flags.price, principalPartyShares };
}

function checkChartPath(path: string | undefined): void {
  if (path !== undefined && !/\.(svg|png)$/i.test(path)) throw new InputError(`--chart/--out ${path}: write a chart as .svg or .png`, []);
}

async function writeChart(path: string, option: (c: Awaited<ReturnType<typeof charts>>) => ChartOption): Promise<void> {
  const c = await charts();
  writeFileSync(path, c.renderChart(option(c), path));
  process.stderr.write(`chart written to ${path}\n`);
}

const collect = (value: string, previous: string[]) => [...previous, ...value.split(",").map((v) => v.trim()).filter(Boolean)];

const DILUTION_OPTIONS = (c: Command) =>
  c
    .option("--exercise-rate <R>", "fraction of the valid Rights exercised on a flip-in or flip-over, 0 to 1", "1")
    .option("--price <P>", "market price of the Common Stock for the value model (default: the latest close on or before the as-of date)")
    .option("--principal-party-shares <N>", "the Principal Party's shares outstanding, to measure a flip-over's dilution of its holders")
    .option("--as-of <instant>", "analyse as of this instant: a date (5:00 P.M. New York time) or a date-time with offset");

export function registerAnalysisCommands(program: Command): void {
  DILUTION_OPTIONS(
    program
      .command("dilution")
      .description("what a flip-in (R-11a-ii), an exchange (R-24) or a flip-over (R-13) does to each party: shares, percentages, values, cash, authorised shares, fractions")
      .argument("<file>", "scenario file (see scenario-format.md)"),
  )
    .option("--json", "print the analysis as JSON (scenarios[], parties[], explain[] with the rule of every number)")
    .option("--chart <file>", "also draw before/after bars per party (.svg or .png)")
    .addHelpText("after", "\nThe state analysed is the scenario's as of its as-of instant, or just before its first exchange, exercise or redemption.\nExit codes: 0 answered, 1 the scenario breaks a rule, 2 the input cannot be read.")
    .action(async (file: string, flags: DilutionFlags & { json?: boolean; chart?: string; asOf?: string }) => {
      checkChartPath(flags.chart);
      const { parsed, options } = load(file, flags.asOf);
      const analysis = dilutionOf(parsed, { ...options, ...dilutionOptions(flags) });
      process.stdout.write(flags.json ? JSON.stringify(analysis, null, 2) + "\n" : formatDilution(analysis, file) + "\n");
      if (flags.chart) await writeChart(flags.chart, (c) => c.dilutionChartOption(analysis));
      if (analysis.errors.length) process.exitCode = 1;
    });

  DILUTION_OPTIONS(
    program
      .command("sweep")
      .description("re-evaluate a scenario over a range of one input and report the outcome per point, with a summary")
      .argument("<file>", "scenario file")
      .requiredOption("--vary <spec>", "PATH=FROM:TO:STEP (set), PATH*=FROM:TO:STEP (scale) or PATH+=FROM:TO:STEP (shift; days for dates), e.g. events.1.shares=1000000:1100000:10, events.2.at=2004-03-02:2004-04-30:1, prices.*.close*=0.5:2:0.05")
      .option("--metric <names>", `metrics to report (repeat or comma-separate; default ${DEFAULT_METRICS.join(",")}); also ownership.ID, shares.ID`, collect, []),
  )
    .option("--json", "print every point and the summary as JSON")
    .option("--chart <file>", "draw the metric(s) against the input (.svg or .png)")
    .option("--no-progress", "no progress bar (it shows only on a terminal)")
    .addHelpText("after", `\nMetrics: ${METRICS.map((m) => m.name).join(", ")}, ownership.ID, shares.ID.`)
    .action(async (file: string, flags: DilutionFlags & { vary: string; metric: string[]; json?: boolean; chart?: string; progress: boolean; asOf?: string }) => {
      checkChartPath(flags.chart);
      const { parsed, options } = load(file, flags.asOf);
      const result = sweep(parsed, flags.vary, {
        ...options,
        ...dilutionOptions(flags),
        metrics: flags.metric,
        onProgress: progressBar("sweep", "points", flags.progress),
      });
      process.stdout.write(flags.json ? JSON.stringify(result, null, 2) + "\n" : formatSweep(result, file) + "\n");
      if (flags.chart) await writeChart(flags.chart, (c) => c.sweepChartOption(result));
    });

  program
    .command("chart")
    .description("draw ownership over time against the threshold with the Stock Acquisition Date, Distribution Date and redemption deadline marked (or the dilution bars)")
    .argument("<file>", "scenario file")
    .requiredOption("--out <file>", "the chart file: .svg or .png")
    .option("--kind <kind>", "ownership or dilution", "ownership")
    .option("--as-of <instant>", "as of this instant")
    .action(async (file: string, flags: { out: string; kind: string; asOf?: string }) => {
      checkChartPath(flags.out);
      if (flags.kind !== "ownership" && flags.kind !== "dilution") throw new InputError(`--kind "${flags.kind}": ownership or dilution`, []);
      const { parsed, options } = load(file, flags.asOf);
      const runs = baseRun(parsed, options);
      await writeChart(flags.out, (c) => (flags.kind === "ownership" ? c.ownershipChartOption(ownershipTimeline(parsed, options, {}, runs.final)) : c.dilutionChartOption(dilutionOf(parsed, options, runs))));
      if (runs.final.errors.length) process.exitCode = 1;
    });

  DILUTION_OPTIONS(
    program
      .command("report")
      .description("a dated memo a lawyer can file: facts, timeline with rules and sections, dilution table, charts, open questions")
      .argument("<file>", "scenario file"),
  )
    .option("--format <format>", "md or html (default: from --out, else md)")
    .option("--out <file>", "write the memo there (charts as files beside a Markdown memo); default stdout")
    .option("--date <date>", "the memo's date (default: today, New York)")
    .option("--charts <mode>", "inline, files or none (default: inline in HTML; files beside a Markdown --out, else none)")
    .action(async (file: string, flags: DilutionFlags & { format?: string; out?: string; date?: string; charts?: string; asOf?: string }) => {
      const format = (flags.format ?? (flags.out && extname(flags.out).toLowerCase() === ".html" ? "html" : "md")) as ReportFormat;
      if (format !== "md" && format !== "html") throw new InputError(`--format "${flags.format}": md or html`, []);
      if (flags.charts !== undefined && !["inline", "files", "none"].includes(flags.charts)) throw new InputError(`--charts "${flags.charts}": inline, files or none`, []);
      if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new InputError(`--date "${flags.date}": an ISO date`, []);
      const charts = (flags.charts ?? (format === "html" ? "inline" : flags.out ? "files" : "none")) as "inline" | "files" | "none";
      if (charts === "files" && !flags.out) throw new InputError("--charts files needs --out (the charts are written beside the memo)", []);
      const { parsed, options } = load(file, flags.asOf);
      const stem = flags.out ? basename(flags.out, extname(flags.out)) : "memo";
      const { report } = await import("../analysis/report.js");
      const memo = report(parsed, { ...options, ...dilutionOptions(flags), format, date: flags.date, source: file, charts, chartStem: stem });
      if (flags.out) {
        writeFileSync(flags.out, memo.text);
        for (const f of memo.files) writeFileSync(join(dirname(resolve(flags.out)), f.name), f.content);
        process.stderr.write(`memo written to ${flags.out}${memo.files.length ? ` with ${memo.files.map((f) => f.name).join(", ")}` : ""}\n`);
      } else process.stdout.write(memo.text);
      if (memo.answer.errors.length) process.exitCode = 1;
    });
}
