/**
 * The reader's commands: `read` (filings to plan terms, each with its quote), `diff` (the terms
 * two plans differ in) and `describe` (a plan's terms in plain English, each sentence traced to
 * the terms it states). Errors are thrown as InputError; main.ts turns them into exit code 2.
 */
import { asOfInstant } from "./asOf.js";
import type { CliIo } from "./io.js";
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { stringify } from "yaml";
import { InputError } from "../errors.js";
import { parseAsOf } from "../engine/evaluate.js";
import { loadPlan } from "../files/plans.js";
import { formatReading } from "../reader/format.js";
import { planOf, type ReadPlan } from "../reader/planOf.js";
import { readFiles } from "../reader/read.js";
import { summaryOf } from "../reader/summary.js";
import { describePlan, DESCRIPTION_FORMATS, type DescriptionFormat } from "../reader/describe/describe.js";
import { formatDifferences, planDifferences } from "../reader/diff.js";

/** The plan of a reading, or why there is none (an answer to print, not an error). */
function planOrReason(reading: Parameters<typeof planOf>[0]): ReadPlan | { error: string } {
  try {
    return planOf(reading);
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
}

/** A plan file's YAML, with a header saying where its terms came from. */
function planYaml(read: ReadPlan, files: readonly string[]): string {
  const header = [
    `# Plan terms read by \`rightsplan read ${files.join(" ")}\`.`,
    "# Each source quotes the passage of the filing the value was read from, with its character offsets;",
    "# \"not in the text\" marks a standard-form default or a placeholder the text did not give.",
    ...(read.placeholders.length ? [`# Placeholders (no text, no standard form): ${read.placeholders.join(", ")}.`] : []),
  ];
  return `${header.join("\n")}\n${stringify(read.plan, { lineWidth: 0 })}`;
}

export function registerReaderCommands(program: Command, io: CliIo): void {
  program
    .command("read")
    .description("read a rights plan's terms from filings (text or HTML): the plan first, then its amendments")
    .argument("<files...>", "filings: a plan's description or agreement, then amendments in order")
    .option("--json", "print { summary, terms, notFound, amendments, plan } as JSON")
    .option("--out <file>", "write a plan terms file (YAML) that runs with `evaluate`")
    .action((files: string[], opts: { json?: boolean; out?: string }) => {
      const reading = readFiles(files);
      const read = planOrReason(reading);
      if (opts.out !== undefined) {
        if ("error" in read) throw new InputError(read.error, []);
        writeFileSync(opts.out, planYaml(read, files));
      }
      if (opts.json) {
        const plan = "error" in read ? { plan: null, planError: read.error } : { plan: read.plan, placeholders: read.placeholders };
        const answer = { summary: summaryOf(reading), terms: reading.terms, notFound: reading.notFound, amendments: reading.amendments, ...plan };
        io.stdout(JSON.stringify(answer, null, 2) + "\n");
        return;
      }
      io.stdout(formatReading(reading) + "\n");
      if (opts.out !== undefined && !("error" in read)) {
        const note = read.placeholders.length ? `; placeholders for ${read.placeholders.join(", ")}` : "";
        io.stdout(`\nWrote ${opts.out}${note}.\n`);
      }
    });

  program
    .command("diff")
    .description("list the terms in which two plans differ, as an analyst compares a new plan with market practice")
    .argument("<planA>", "a built-in plan id or a plan terms file")
    .argument("<planB>", "a built-in plan id or a plan terms file")
    .option("--as-of <date>", "compare the terms in force on this date (default: every amendment in force)")
    .option("--json", "print the differences as JSON")
    .action((a: string, b: string, opts: { asOf?: string; json?: boolean }) => {
      const diff = planDifferences(loadPlan(a), loadPlan(b), asOfInstant(opts.asOf), { a, b, asOf: opts.asOf ?? null });
      io.stdout((opts.json ? JSON.stringify(diff, null, 2) : formatDifferences(diff)) + "\n");
    });

  program
    .command("describe")
    .description("write the plain-English description of a plan's Rights, each sentence traced to the terms it states")
    .argument("<plan>", "a built-in plan id or a plan terms file")
    .option("--as-of <date>", "describe the terms in force on this date (default: the plan as adopted, then each amendment)")
    .option("--format <format>", `${DESCRIPTION_FORMATS.join(", ")}`, "md")
    .action((ref: string, opts: { asOf?: string; format: string }) => {
      if (!(DESCRIPTION_FORMATS as readonly string[]).includes(opts.format)) {
        throw new InputError(`unknown format "${opts.format}": ${DESCRIPTION_FORMATS.join(", ")}`, []);
      }
      const at = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf);
      io.stdout(describePlan(loadPlan(ref), { at, format: opts.format as DescriptionFormat }) + "\n");
    });
}
