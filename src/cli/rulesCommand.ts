/** `rightsplan rules [ID]`: the rules of the plan, each with its section, in plain words and in the seed's words. */
import type { Command } from "commander";
import type { CliCall } from "./io.js";
import { InputError } from "../errors.js";

export function registerRulesCommand(program: Command, call: CliCall): void {
  program
    .command("rules")
    .description("explain a rule of the plan (R-1a, R-23, ...): its section of the Rights Agreement, what it does and the words of the plan's filing; every rule without an id")
    .argument("[id]", "a rule id, as findings and errors cite it")
    .option("--markdown", "print every rule as the Markdown page docs/rules.md")
    .option("--plan <plan>", "with a rule id: also the terms of this plan (a built-in id or a plan terms file) that the rule reads, with their words")
    .option("--as-of <date>", "with --plan: the date whose terms to show (default: every amendment in force)")
    .action(async (id: string | undefined, opts: { markdown?: boolean; plan?: string; asOf?: string }) => {
      const { allRuleLines, ruleLines, ruleNamed, rulesMarkdown, planTermLines } = await import("./ruleBook.js");
      if (opts.markdown && id !== undefined) throw new InputError(`--markdown prints every rule (the page docs/rules.md): leave out ${id}, or leave out --markdown to print ${id} alone`, []);
      if ((opts.plan !== undefined || opts.asOf !== undefined) && id === undefined) throw new InputError("--plan and --as-of show a plan's terms for one rule: name the rule (`rightsplan rules R-23 --plan ./plan.yaml`)", []);
      if (opts.asOf !== undefined && opts.plan === undefined) throw new InputError("--as-of goes with --plan: name the plan whose terms to show", []);
      if (opts.markdown) return call.stdout(rulesMarkdown());
      if (id === undefined) return call.stdout(allRuleLines().join("\n") + "\n");
      const rule = ruleNamed(id);
      const lines = ruleLines(rule);
      if (opts.plan !== undefined) {
        const [{ loadPlan }, { termsInForce }, { asOfInstant }] = await Promise.all([import("../files/plans.js"), import("../terms/inForce.js"), import("./asOf.js")]);
        const plan = loadPlan(opts.plan);
        lines.push(...planTermLines(rule, plan.name, termsInForce(plan, asOfInstant(opts.asOf))));
      }
      call.stdout(lines.join("\n") + "\n");
    });
}
