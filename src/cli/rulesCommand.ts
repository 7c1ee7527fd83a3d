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
    .action(async (id: string | undefined, opts: { markdown?: boolean }) => {
      const { allRuleLines, ruleLines, ruleNamed, rulesMarkdown } = await import("./ruleBook.js");
      if (opts.markdown && id !== undefined) throw new InputError(`--markdown prints every rule (the page docs/rules.md): leave out ${id}, or leave out --markdown to print ${id} alone`, []);
      if (opts.markdown) call.stdout(rulesMarkdown());
      else call.stdout([...(id === undefined ? allRuleLines() : ruleLines(ruleNamed(id)))].join("\n") + "\n");
    });
}
