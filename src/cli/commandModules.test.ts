import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { COMMAND_MODULES, modulesFor } from "./commandModules.js";

describe("the CLI's command modules, loaded per command", () => {
  it("name exactly the commands each module registers", async () => {
    for (const module of COMMAND_MODULES) {
      const program = new Command();
      await module.register(program);
      expect(program.commands.map((c) => c.name()).sort()).toEqual([...module.commands].sort());
    }
  });

  it("load only the module of the command asked, none for main's own, all for help", () => {
    const own = ["evaluate", "--version"];
    expect(modulesFor("sweep", own).map((m) => m.commands)).toEqual([["dilution", "sweep", "chart", "report"]]);
    expect(modulesFor("describe", own).map((m) => m.commands)).toEqual([["read", "diff", "describe"]]);
    expect(modulesFor("evaluate", own)).toEqual([]);
    expect(modulesFor("--version", own)).toEqual([]);
    expect(modulesFor("--help", own)).toEqual(COMMAND_MODULES);
    expect(modulesFor(undefined, own)).toEqual(COMMAND_MODULES);
  });
});
