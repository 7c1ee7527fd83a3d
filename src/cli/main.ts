#!/usr/bin/env node
/**
 * The `rightsplan` command: a thin layer over the library. It reads files, prints answers and
 * sets the exit code; every rule lives in the engine. `run` is the whole command, called with
 * the arguments and an io (the process's, or a test's); each command loads its modules when it
 * runs, so that a command loads only what it needs.
 *
 * Exit codes: 0 answered; 1 the scenario breaks a rule, or a refused command; 2 the input cannot
 * be read; 70 an internal error (a bug in rightsplan, which it says).
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { processIo, type CliCall, type CliIo } from "./io.js";
import { exitCodeOfFailure } from "./failure.js";
import { modulesFor } from "./commandModules.js";

/** The command line of one call, writing through `call`: the commands `argv` asks for (all of them for help). */
async function programFor(argv: readonly string[], call: CliCall): Promise<Command> {
  const program = new Command()
    .name("rightsplan")
    .description("A shareholder rights plan as executable, self-explaining code: evaluate scenarios against the plan's rules.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: call.stdout, writeErr: call.stderr })
    .showHelpAfterError();
  for (const module of modulesFor(argv[0])) await module.register(program, call);
  return program;
}

/** Runs `rightsplan ...argv` and returns its exit code; everything it prints goes to `io`. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const call: CliCall = { ...io, exitCode: 0 };
  try {
    await (await programFor(argv, call)).parseAsync([...argv], { from: "user" });
    return call.exitCode;
  } catch (e) {
    return exitCodeOfFailure(e, call);
  }
}

/** Whether this module is the program node was started with (`node dist/cli/main.js`, or `rightsplan` through its link). */
function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

/** Runs the command line node was started with, as the process: output to stdout and stderr, the exit code set (called by the bundled command's dispatcher too, scripts/bundle-cli.mjs). */
export async function runAsProcess(): Promise<void> {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await run(process.argv.slice(2));
}

if (isEntryPoint()) await runAsProcess();
