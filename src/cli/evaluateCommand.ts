/** `rightsplan evaluate`: a scenario file in, the explained timeline (or the JSON answer) out. */
import type { Command } from "commander";
import type { CliCall } from "./io.js";
import { progressBar } from "./progress.js";
import { exitCodeOfAnswer } from "./failure.js";
import { AS_OF_HELP, EXIT_CODES_HELP } from "./optionHelp.js";

export function registerEvaluateCommand(program: Command, call: CliCall): void {
  program
    .command("evaluate")
    .description("evaluate a scenario file (YAML or JSON) and explain the timeline of the Rights")
    .argument("<file>", "scenario file (see docs/scenario-format.md)")
    .option("--as-of <instant>", `evaluate as of this instant: ${AS_OF_HELP}; only earlier events count`)
    .option("--json", "print the JSON answer of scenario-format.md instead of the timeline")
    .option("--no-progress", "no progress bar (it shows on a terminal for scenarios of more than 100,000 events)")
    .addHelpText("after", `\n${EXIT_CODES_HELP}`)
    .action(async (file: string, opts: { asOf?: string; json?: boolean; progress: boolean }) => {
      const [{ asOfInstant }, { readScenarioInput }, { evaluateParsed }, { writeLines, writePrettyJson }, { timelineLines }, { plansForScenarioFile }] = await Promise.all([
        import("./asOf.js"),
        import("./scenarioInput.js"),
        import("../engine/evaluate.js"),
        import("./output.js"),
        import("./timeline.js"),
        import("../files/plans.js"),
      ]);
      const input = readScenarioInput(file);
      asOfInstant(opts.asOf);
      const onProgress = progressBar(call, "evaluating", "events", opts.progress && input.parsed.scenario.events.length > 100_000);
      const answer = evaluateParsed(input.parsed, { asOf: opts.asOf, plans: plansForScenarioFile(file, input.parsed.scenario.plan), onProgress });
      if (opts.json) writePrettyJson(answer, call.stdout);
      else writeLines(timelineLines(answer, file, input.names), call.stdout);
      call.exitCode = exitCodeOfAnswer(answer.errors, call);
    });
}
