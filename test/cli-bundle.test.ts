/**
 * The built command (scripts/bundle-cli.mjs, issue 8 item 8): dist/cli/main.js runs each command
 * from the bundle of its group. Each group's module registers exactly the commands the dispatch
 * table names for it (in-process), each group's bundle is started once as a process, and
 * `evaluate` from its bundle prints exactly the bytes the source prints in-process (what
 * test/server-evaluate.test.ts compares the server's answers with).
 */
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { COMMAND_MODULES } from "../src/cli/commandModules.js";
import { cli, cliProcess, repoRoot } from "./support/cli.js";

describe("the bundled command", () => {
  it("loads each command from the module that registers it", async () => {
    for (const m of COMMAND_MODULES) {
      const program = new Command();
      await m.register(program, { stdout: () => {}, stderr: () => {}, stderrIsTerminal: false, env: {}, exitCode: 0 });
      expect(program.commands.map((c) => c.name())).toEqual(m.commands);
    }
  });

  it("starts each group of commands from its bundle", () => {
    for (const command of COMMAND_MODULES.map((m) => m.commands[m.commands.length - 1])) {
      const r = cliProcess([command, "--help"]);
      expect(r.stderr, command).toBe("");
      expect(r.status, command).toBe(0);
      expect(r.stdout, command).toContain(`Usage: rightsplan ${command}`);
    }
  });

  it("evaluates as the source does", async () => {
    const args = ["evaluate", join(repoRoot, "../shared/examples/01-open-market-crossing.yaml"), "--json"];
    const bundled = cliProcess(args);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe((await cli(args)).stdout);
  });
});
