import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { COMMAND_MODULES, modulesFor } from "./commandModules.js";
import type { CliCall } from "./io.js";

const call: CliCall = { stdout: () => undefined, stderr: () => undefined, exitCode: 0 } as unknown as CliCall;

describe("the CLI's command modules, loaded per command", () => {
  it("name exactly the commands each module registers", async () => {
    for (const module of COMMAND_MODULES) {
      const program = new Command();
      await module.register(program, call);
      expect(program.commands.map((c) => c.name()).sort()).toEqual([...module.commands].sort());
    }
  });

  it("load only the module of the command asked, none for --version, all for help", () => {
    expect(modulesFor("sweep").map((m) => m.commands)).toEqual([["dilution", "sweep", "chart", "report"]]);
    expect(modulesFor("describe").map((m) => m.commands)).toEqual([["read", "diff", "describe"]]);
    expect(modulesFor("evaluate").map((m) => m.commands)).toEqual([["evaluate"]]);
    expect(modulesFor("--version")).toEqual([]);
    expect(modulesFor("--help")).toEqual(COMMAND_MODULES);
    expect(modulesFor(undefined)).toEqual(COMMAND_MODULES);
  });
});
