/** `rightsplan plan show` and `plan list`: the plan terms in force, each with its source. */
import type { Command } from "commander";
import type { CliCall } from "./io.js";

export function registerPlanCommands(program: Command, call: CliCall): void {
  const plan = program.command("plan").description("inspect plan terms");
  plan
    .command("show")
    .description("print the terms in force with their sources (the built-in plans: `rightsplan plan list`)")
    .argument("[plan]", "a built-in plan id or a plan terms file (default: net-perceptions)")
    .option("--as-of <date>", "the date whose terms to show (default: every amendment in force)")
    .option("--json", "print the terms as JSON")
    .action(async (ref: string | undefined, opts: { asOf?: string; json?: boolean }) => {
      const [{ DEFAULT_PLAN }, { loadPlan }, { termsInForce }, { formatNewYork }, { asOfInstant }, { formatPlan }] = await Promise.all([
        import("../terms/defaultPlan.js"),
        import("../files/plans.js"),
        import("../terms/inForce.js"),
        import("../time/instant.js"),
        import("./asOf.js"),
        import("./planShow.js"),
      ]);
      const { planLifeNote } = await import("./planLife.js");
      const p = loadPlan(ref ?? DEFAULT_PLAN);
      const at = asOfInstant(opts.asOf);
      const terms = termsInForce(p, at);
      if (opts.asOf !== undefined) call.stderr(planLifeNote(p, at) ?? "");
      const label = opts.asOf === undefined ? undefined : formatNewYork(at);
      call.stdout(opts.json ? JSON.stringify({ id: p.id, version: terms.version, values: terms.values, sources: terms.sources }, null, 2) + "\n" : formatPlan(p, terms, label) + "\n");
    });
  plan
    .command("list")
    .description("list the built-in plans")
    .action(async () => {
      const { BUILT_IN_PLAN_IDS } = await import("../terms/builtInPlanData.js");
      call.stdout(BUILT_IN_PLAN_IDS.join("\n") + "\n");
    });
}
