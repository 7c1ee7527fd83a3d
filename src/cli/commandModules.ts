/**
 * The CLI's commands, each group in a module of its own that is loaded only when one of its
 * commands runs, or to print help (issue 8 item 8: `rightsplan --version` loads no engine,
 * `evaluate` no analysis, no reader and no chart library).
 */
import type { Command } from "commander";
import type { CliCall } from "./io.js";

export interface CommandModule {
  /** The names of the top-level commands the module registers. */
  readonly commands: readonly string[];
  readonly register: (program: Command, call: CliCall) => Promise<void>;
}

export const COMMAND_MODULES: readonly CommandModule[] = [
  { commands: ["evaluate"], register: async (program, call) => (await import("./evaluateCommand.js")).registerEvaluateCommand(program, call) },
  { commands: ["plan"], register: async (program, call) => (await import("./planCommands.js")).registerPlanCommands(program, call) },
  { commands: ["schema"], register: async (program, call) => (await import("./schemaCommand.js")).registerSchemaCommand(program, call) },
  { commands: ["rules"], register: async (program, call) => (await import("./rulesCommand.js")).registerRulesCommand(program, call) },
  { commands: ["dilution", "sweep", "chart", "report"], register: async (program, call) => (await import("./analysisCommands.js")).registerAnalysisCommands(program, call) },
  { commands: ["register"], register: async (program, call) => (await import("./registerCommands.js")).registerRegisterCommands(program, call) },
  { commands: ["read", "diff", "describe"], register: async (program, call) => (await import("./readerCommands.js")).registerReaderCommands(program, call) },
];

/**
 * The modules to load for a command line whose first argument is `asked`: the one that defines
 * `asked`; none for `--version`; every one otherwise (help, an unknown command, nothing asked),
 * so that help lists every command.
 */
export function modulesFor(asked: string | undefined): readonly CommandModule[] {
  if (asked === "--version" || asked === "-V") return [];
  const defining = COMMAND_MODULES.filter((m) => asked !== undefined && m.commands.includes(asked));
  return defining.length ? defining : COMMAND_MODULES;
}
