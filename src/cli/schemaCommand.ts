/** `rightsplan schema plan|scenario`: the JSON Schemas editors validate and complete files with. */
import type { Command } from "commander";
import { InputError } from "../errors.js";
import type { CliCall } from "./io.js";

export function registerSchemaCommand(program: Command, call: CliCall): void {
  program
    .command("schema")
    .description("print the JSON Schema of plan terms files or scenario files, for editors")
    .argument("<kind>", "plan or scenario")
    .action(async (kind: string) => {
      if (kind !== "plan" && kind !== "scenario") throw new InputError(`unknown schema "${kind}": plan or scenario`, []);
      const { planJsonSchema, scenarioJsonSchema } = await import("../schemas.js");
      call.stdout(JSON.stringify(kind === "plan" ? planJsonSchema() : scenarioJsonSchema(), null, 2) + "\n");
    });
}
