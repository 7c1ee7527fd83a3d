/**
 * The analysis commands: `dilution`, `sweep`, `chart` and `report`. A thin layer: it reads the
 * scenario and the plan once, calls src/analysis, prints or writes the results and sets the exit
 * code (0 answered, 1 the scenario breaks a rule, 2 the input or an option cannot be read).
 *
 * Each command loads the analysis it runs when it runs; the chart renderer (ECharts, resvg) only
 * for the commands that draw.
 */
import { basename, dirname, extname, join } from "node:path";
import type { Command } from "commander";
import { progressBar } from "./progress.js";
import { InputError } from "../errors.js";
import { isDecimalString, isRateString } from "../numbers/decimal.js";
import { isIsoDate } from "../time/isoDate.js";
import type { AnalysisOptions } from "../analysis/base.js";
import type { ChartOption } from "../analysis/charts.js";
import type { DilutionOptions } from "../analysis/dilution.js";
import type { ParsedScenario } from "../scenario/parse.js";
import { DEFAULT_METRICS, METRICS } from "../analysis/sweep.js";
import type { CliCall } from "./io.js";
import { exitCodeOfAnswer } from "./failure.js";
import { AS_OF_HELP, EXIT_CODES_HELP } from "./optionHelp.js";
import { checkOutputFolders, writeOutputFile } from "./outputFile.js";
import { reportFormatOf } from "./reportFormat.js";
import { sweepExitCode, sweepErrorCauses } from "./sweepErrors.js";
import { tableFormatOf, type TableFormat } from "../export/tableFormats.js";
import type { Table } from "../export/tableFile.js";

/** The chart module, loaded on first use (ECharts is large). */
const charts = () => import("../analysis/charts.js");

interface Loaded {
  readonly parsed: ParsedScenario;
  readonly options: AnalysisOptions;
}

/** Reads the scenario and its plan once. */
async function load(file: string, asOf: string | undefined): Promise<Loaded> {
  const [{ readScenarioInput }, { asOfInstant }, { plansForScenarioFile }, { planNamed }] = await Promise.all([
    import("./scenarioInput.js"),
    import("./asOf.js"),
    import("../files/plans.js"),
    import("../terms/catalogue.js"),
  ]);
  const { parsed } = readScenarioInput(file);
  asOfInstant(asOf);
  return { parsed, options: { plan: planNamed(plansForScenarioFile(file, parsed.scenario.plan), parsed.scenario.plan), asOf } };
}

interface DilutionFlags {
  exerciseRate?: string;
  price?: string;
  principalPartyShares?: string;
}

function dilutionOptions(flags: DilutionFlags): DilutionOptions {
  const rate = flags.exerciseRate;
  if (rate !== undefined && !isRateString(rate)) throw new InputError(`--exercise-rate "${flags.exerciseRate}" is not a number between 0 and 1`, []);
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

async function writeChart(call: CliCall, path: string, option: (c: Awaited<ReturnType<typeof charts>>) => ChartOption): Promise<void> {
  const c = await charts();
  writeOutputFile(path, c.renderChart(option(c), path));
  call.stderr(`chart written to ${path}\n`);
}

/** Writes a table the user asked for with --out (the table built only then: its module loads exceljs's writer). */
async function writeTable(call: CliCall, path: string, format: TableFormat, table: () => Promise<Table>): Promise<void> {
  const { tableBytes } = await import("../export/tableFile.js");
  writeOutputFile(path, await tableBytes(await table(), format));
  call.stderr(`table written to ${path}\n`);
}

const collect = (value: string, previous: readonly string[] = []) => [...previous, ...value.split(",").map((v) => v.trim()).filter(Boolean)];

const DILUTION_OPTIONS = (c: Command) =>
  c
    .option("--exercise-rate <R>", "fraction of the valid Rights exercised on a flip-in or flip-over, 0 to 1", "1")
    .option("--price <P>", "market price of the Common Stock for the value model (default: the latest close on or before the as-of date)")
    .option("--principal-party-shares <N>", "the Principal Party's shares outstanding, to measure a flip-over's dilution of its holders")
    .option("--as-of <instant>", `analyse as of this instant: ${AS_OF_HELP}`);

export function registerAnalysisCommands(program: Command, call: CliCall): void {
  DILUTION_OPTIONS(
    program
      .command("dilution")
      .description("what a flip-in (R-11a-ii), an exchange (R-24) or a flip-over (R-13) does to each party: shares, percentages, values, cash, authorised shares, fractions")
      .argument("<file>", "scenario file (see docs/scenario-format.md)"),
  )
    .option("--json", "print the analysis as JSON (scenarios[], parties[], explain[] with the rule of every number)")
    .option("--chart <file>", "also draw before/after bars per party (.svg or .png)")
    .option("--out <file>", "also write the table of every remedy and party: .csv, .xlsx (Excel) or .json")
    .addHelpText("after", `\nThe state analysed is the scenario's as of its as-of instant, or just before its first exchange, exercise or redemption.\n${EXIT_CODES_HELP}`)
    .action(async (file: string, flags: DilutionFlags & { json?: boolean; chart?: string; out?: string; asOf?: string }) => {
      checkChartPath(flags.chart);
      const tableFormat = flags.out === undefined ? undefined : tableFormatOf(flags.out, "the dilution table");
      checkOutputFolders(flags.chart, flags.out);
      const { parsed, options } = await load(file, flags.asOf);
      const [{ dilutionOf }, { formatDilution }] = await Promise.all([import("../analysis/dilution.js"), import("../analysis/format.js")]);
      const analysis = dilutionOf(parsed, { ...options, ...dilutionOptions(flags) });
      call.stdout(flags.json ? JSON.stringify(analysis, null, 2) + "\n" : formatDilution(analysis, file) + "\n");
      if (flags.chart) await writeChart(call, flags.chart, (c) => c.dilutionChartOption(analysis));
      if (tableFormat) await writeTable(call, flags.out!, tableFormat, async () => (await import("../analysis/dilution/table.js")).dilutionTable(analysis));
      call.exitCode = exitCodeOfAnswer(analysis.errors, call);
    });

  DILUTION_OPTIONS(
    program
      .command("sweep")
      .description("re-evaluate a scenario over a range of one input and report the outcome per point, with a summary")
      .argument("<file>", "scenario file")
      .requiredOption("--vary <spec>", "PATH=FROM:TO:STEP (set), PATH*=FROM:TO:STEP (scale) or PATH+=FROM:TO:STEP (shift; days for dates), e.g. events.1.shares=1000000:1100000:10, events.2.at=2004-03-02:2004-04-30:1, prices.*.close*=0.5:2:0.05")
      .option("--metric <names>", `metrics to report (repeat or comma-separate; default ${DEFAULT_METRICS.join(",")}); also ownership.ID, shares.ID`, collect),
  )
    .option("--json", "print every point and the summary as JSON")
    .option("--out <file>", "also write every point as a table: .csv, .xlsx (Excel) or .json")
    .option("--chart <file>", "draw the metric(s) against the input (.svg or .png)")
    .option("--no-progress", "no progress bar (it shows only on a terminal)")
    .addHelpText("after", `\nMetrics: ${METRICS.map((m) => m.name).join(", ")}, ownership.ID, shares.ID.\nExit codes: 0 answered (points that end in an error are listed with their causes), 1 every point ends in an error, 2 the input cannot be read, 70 an internal error (a bug in rightsplan).`)
    .action(async (file: string, flags: DilutionFlags & { vary: string; metric?: string[]; json?: boolean; out?: string; chart?: string; progress: boolean; asOf?: string }) => {
      checkChartPath(flags.chart);
      const tableFormat = flags.out === undefined ? undefined : tableFormatOf(flags.out, "the sweep's points");
      checkOutputFolders(flags.chart, flags.out);
      const { parsed, options } = await load(file, flags.asOf);
      const [{ sweep }, { formatSweep }] = await Promise.all([import("../analysis/sweep.js"), import("../analysis/format.js")]);
      const result = sweep(parsed, flags.vary, {
        ...options,
        ...dilutionOptions(flags),
        metrics: flags.metric,
        onProgress: progressBar(call, "sweep", "points", flags.progress),
      });
      if (flags.json) call.stdout(JSON.stringify(result, null, 2) + "\n");
      else call.stdout([formatSweep(result, file), ...sweepErrorCauses(result.points)].join("\n") + "\n");
      if (flags.chart) await writeChart(call, flags.chart, (c) => c.sweepChartOption(result));
      if (tableFormat) await writeTable(call, flags.out!, tableFormat, async () => (await import("../analysis/sweep/table.js")).sweepTable(result));
      call.exitCode = sweepExitCode(result.points);
    });

  program
    .command("chart")
    .description("draw ownership over time against the threshold with the Stock Acquisition Date, Distribution Date and redemption deadline marked (or the dilution bars)")
    .argument("<file>", "scenario file")
    .requiredOption("--out <file>", "the chart file: .svg or .png")
    .option("--kind <kind>", "ownership or dilution", "ownership")
    .option("--as-of <instant>", `as of this instant: ${AS_OF_HELP}`)
    .action(async (file: string, flags: { out: string; kind: string; asOf?: string }) => {
      checkChartPath(flags.out);
      checkOutputFolders(flags.out);
      if (flags.kind !== "ownership" && flags.kind !== "dilution") throw new InputError(`--kind "${flags.kind}": ownership or dilution`, []);
      const { parsed, options } = await load(file, flags.asOf);
      const [{ baseRun }, { ownershipTimeline }, { dilutionOf }] = await Promise.all([import("../analysis/base.js"), import("../analysis/timeline.js"), import("../analysis/dilution.js")]);
      const runs = baseRun(parsed, options);
      await writeChart(call, flags.out, (c) => (flags.kind === "ownership" ? c.ownershipChartOption(ownershipTimeline(parsed, options, {}, runs.final)) : c.dilutionChartOption(dilutionOf(parsed, options, runs))));
      call.exitCode = exitCodeOfAnswer(runs.final.errors, call);
    });

  DILUTION_OPTIONS(
    program
      .command("report")
      .description("a dated memo a lawyer can file: facts, timeline with rules and sections, dilution table, charts, open questions")
      .argument("<file>", "scenario file"),
  )
    .option("--format <format>", "md (Markdown), html or docx (Word) (default: from the name of --out, else md)")
    .option("--out <file>", "write the memo there, a .md, .html or .docx file (charts as files beside a Markdown memo; none in Word); default stdout")
    .option("--date <date>", "the memo's date (default: today, New York)")
    .option("--charts <mode>", "inline, files or none (default: inline in HTML; files beside a Markdown --out, else none)")
    .option("--to <name>", "To: (default: File)")
    .option("--from <name>", "From: (default: rightsplan)")
    .option("--re <subject>", "Re: (default: the plan and the scenario's title)")
    .option("--privileged", "put the privilege legend above the memo")
    .action(async (file: string, flags: DilutionFlags & { format?: string; out?: string; date?: string; charts?: string; asOf?: string; to?: string; from?: string; re?: string; privileged?: boolean }) => {
      const format = reportFormatOf(flags.format, flags.out);
      if (flags.charts !== undefined && !["inline", "files", "none"].includes(flags.charts)) throw new InputError(`--charts "${flags.charts}": inline, files or none`, []);
      if (format === "docx" && (flags.charts ?? "none") !== "none") throw new InputError(`--charts ${flags.charts}: a Word memo carries no charts; write it as .html for charts inline, or as .md for charts as files beside it`, []);
      if (flags.date !== undefined && !isIsoDate(flags.date)) throw new InputError(`--date "${flags.date}" is not a date in the calendar: give the memo's date as YYYY-MM-DD, such as 2004-03-22`, []);
      const charts = (flags.charts ?? (format === "html" ? "inline" : flags.out && format === "md" ? "files" : "none")) as "inline" | "files" | "none";
      if (charts === "files" && !flags.out) throw new InputError("--charts files needs --out (the charts are written beside the memo)", []);
      checkOutputFolders(flags.out);
      const { parsed, options } = await load(file, flags.asOf);
      const stem = flags.out ? basename(flags.out, extname(flags.out)) : "memo";
      const { report } = await import("../analysis/report.js");
      const memo = report(parsed, { ...options, ...dilutionOptions(flags), format: format === "docx" ? "md" : format, date: flags.date, source: file, charts, chartStem: stem, heading: { to: flags.to, from: flags.from, re: flags.re, privileged: flags.privileged } });
      if (flags.out) {
        writeOutputFile(flags.out, format === "docx" ? Buffer.from(await (await import("../analysis/memoDocx.js")).memoDocx(memo.text)) : memo.text);
        for (const f of memo.files) writeOutputFile(join(dirname(flags.out), f.name), f.content);
        call.stderr(`memo written to ${flags.out}${memo.files.length ? ` with ${memo.files.map((f) => f.name).join(", ")}` : ""}\n`);
      } else call.stdout(memo.text);
      call.exitCode = exitCodeOfAnswer(memo.answer.errors, call);
    });
}
