#!/usr/bin/env node
/**
 * The `rightsplan` command: a thin layer over the library. It reads files, prints answers and
 * sets the exit code; every rule lives in the engine.
 */
import { dirname, resolve } from "node:path";
import { Command } from "commander";
import { evaluateParsed, parseAsOf } from "../engine/evaluate.js";
import { InputError } from "../errors.js";
import { readScenarioFile } from "../scenario/parse.js";
import { writeLines, writePrettyJson } from "./output.js";
import { progressBar } from "./progress.js";
import { builtInPlanIds, DEFAULT_PLAN, loadPlan } from "../terms/load.js";
import { termsInForce } from "../terms/inForce.js";
import { planJsonSchema, scenarioJsonSchema } from "../schemas.js";
import { formatNewYork } from "../time/instant.js";
import { timelineLines } from "./timeline.js";
import { formatPlan } from "./planShow.js";
import { asOfInstant } from "./asOf.js";
import { registerReaderCommands } from "./readerCommands.js";
import { registerAnalysisCommands } from "./analysisCommands.js";
import { registerServeCommand } from "./serveCommand.js";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

const program = new Command()
  .name("rightsplan")
  .description("A shareholder rights plan as executable, self-explaining code: evaluate scenarios against the plan's rules.")
  .version("0.1.0")
  .showHelpAfterError();

program
  .command("evaluate")
  .description("evaluate a scenario file (YAML or JSON) and explain the timeline of the Rights")
  .argument("<file>", "scenario file (see scenario-format.md)")
  .option("--as-of <instant>", "evaluate as of this instant: a date (5:00 P.M. New York time) or a date-time with offset; only earlier events count")
  .option("--json", "print the JSON answer of scenario-format.md instead of the timeline")
  .option("--no-progress", "no progress bar (it shows on a terminal for scenarios of more than 100,000 events)")
  .addHelpText("after", "\nExit codes: 0 answered, 1 the scenario breaks a rule (see errors), 2 the input cannot be read.")
  .action((file: string, opts: { asOf?: string; json?: boolean; progress: boolean }) => {
    const parsed = readScenarioFile(file);
    if (opts.asOf !== undefined) parseAsOf(opts.asOf);
    const onProgress = progressBar("evaluating", "events", opts.progress && parsed.scenario.events.length > 100_000);
    const answer = evaluateParsed(parsed, { asOf: opts.asOf, baseDir: dirname(resolve(file)), onProgress });
    const write = (piece: string) => process.stdout.write(piece);
    if (opts.json) writePrettyJson(answer, write);
    else writeLines(timelineLines(answer, file), write);
    if (answer.errors.length) process.exitCode = 1;
  });

const plan = program.command("plan").description("inspect plan terms");
plan
  .command("show")
  .description(`print the terms in force with their sources (built-in plans: ${builtInPlanIds().join(", ")})`)
  .argument("[plan]", "a built-in plan id or a plan terms file", DEFAULT_PLAN)
  .option("--as-of <date>", "the date whose terms to show (default: every amendment in force)")
  .option("--json", "print the terms as JSON")
  .action((ref: string, opts: { asOf?: string; json?: boolean }) => {
    const p = loadPlan(ref);
    const at = asOfInstant(opts.asOf);
    const terms = termsInForce(p, at);
    const label = opts.asOf === undefined ? "every amendment in force" : formatNewYork(at);
    process.stdout.write(opts.json ? JSON.stringify({ id: p.id, version: terms.version, values: terms.values, sources: terms.sources }, null, 2) + "\n" : formatPlan(p, terms, label) + "\n");
  });
plan
  .command("list")
  .description("list the built-in plans")
  .action(() => {
    process.stdout.write(builtInPlanIds().join("\n") + "\n");
  });

program
  .command("schema")
  .description("print the JSON Schema of plan terms files or scenario files, for editors")
  .argument("<kind>", "plan or scenario")
  .action((kind: string) => {
    if (kind !== "plan" && kind !== "scenario") throw new InputError(`unknown schema "${kind}": plan or scenario`, []);
    process.stdout.write(JSON.stringify(kind === "plan" ? planJsonSchema() : scenarioJsonSchema(), null, 2) + "\n");
  });

registerAnalysisCommands(program);

registerReaderCommands(program);

(await import("./registerCommands.js")).registerRegisterCommands(program);

registerServeCommand(program);

try {
  await program.parseAsync();
} catch (e) {
  process.stderr.write(`rightsplan: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
