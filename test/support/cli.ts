/**
 * The CLI called in-process (src/cli/main.ts's `run`), its output kept in memory: the same
 * commands, messages and exit codes as `rightsplan ...` in a shell, without starting node.
 */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `rightsplan ...args`, in this process, with `env` as its environment. */
export async function cli(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (p) => void out.push(p), stderr: (p) => void err.push(p), stderrIsTerminal: false, env };
  const status = await run(args, io);
  return { status, stdout: out.join(""), stderr: err.join("") };
}

/** `rightsplan ...args` as a user runs it: the built dist/cli/main.js in a new node process. */
export function cliProcess(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): CliResult {
  const r = spawnSync(process.execPath, [join(repoRoot, "dist/cli/main.js"), ...args], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
