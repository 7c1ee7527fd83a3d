/**
 * The CLI's commands defined in modules of their own, each loaded only when one of its commands
 * runs, or to print help (issue 8 item 8: `rightsplan --version` loads no engine, `evaluate`
 * no analysis, no reader and no chart library).
 */
import type { Command } from "commander";

export interface CommandModule {
  /** The names of the top-level commands the module registers. */
  readonly commands: readonly string[];
  readonly register: (program: Command) => Promise<void>;
}

export const COMMAND_MODULES: readonly CommandModule[] = [
  { commands: ["dilution", "sweep", "chart", "report"], register: async (program) => (await import("./analysisCommands.js")).registerAnalysisCommands(program) },
  { commands: ["read", "diff", "describe"], register: async (program) => (await import("./readerCommands.js")).registerReaderCommands(program) },
];

/**
 * The modules to load for a command line whose first argument is `asked`: the one that defines
 * `asked`, none for a command of `own` (main.ts's), every one otherwise (help, an unknown command,
 * nothing asked), so that help lists every command.
 */
export function modulesFor(asked: string | undefined, own: readonly string[]): readonly CommandModule[] {
  if (asked !== undefined && own.includes(asked)) return [];
  const defining = COMMAND_MODULES.filter((m) => asked !== undefined && m.commands.includes(asked));
  return defining.length ? defining : COMMAND_MODULES;
}
