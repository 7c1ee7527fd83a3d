/**
 * What the CLI says when something is wrong, for the people who use it: a bug is exit 70 and
 * says it is one (item 7 of issue 8); input that cannot be read gets a sentence saying what is
 * wrong and where (exit 2); validator wording becomes what is allowed, with the file's line.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/cli/main.js";
import type { CliIo } from "../src/cli/io.js";
import { cli, cliProcess, repoRoot } from "./support/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "rightsplan-cli-errors-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const example = join(repoRoot, "examples/01-bidder-crosses-and-files-13d.yaml");

describe("an internal error (a bug) is not an input error", () => {
  /** An io whose stdout fails the way a bug would, mid-command. */
  const failingIo = (env: Record<string, string> = {}): CliIo & { err: string[] } => {
    const err: string[] = [];
    return {
      stdout: () => {
        throw new TypeError("injected failure");
      },
      stderr: (p) => void err.push(p),
      stderrIsTerminal: false,
      env,
      err,
    };
  };

  it("exits 70, says it is a bug and how to report it, without the stack", async () => {
    const io = failingIo();
    expect(await run(["evaluate", example], io)).toBe(70);
    const said = io.err.join("");
    expect(said).toContain("internal error: TypeError: injected failure");
    expect(said).toContain("This is a bug in rightsplan, not a problem with your input");
    expect(said).toContain("RIGHTSPLAN_DEBUG=1");
    expect(said).not.toMatch(/^\s+at /m);
  });

  it("prints the stack with RIGHTSPLAN_DEBUG=1", async () => {
    const io = failingIo({ RIGHTSPLAN_DEBUG: "1" });
    expect(await run(["evaluate", example], io)).toBe(70);
    expect(io.err.join("")).toMatch(/^\s+at /m);
  });

  it("still exits 2 for input that cannot be read", async () => {
    expect((await cli(["evaluate", join(scratch, "nothing-here.yaml")])).status).toBe(2);
  });

  it("ends the process with exit code 70 (a bug injected before the CLI runs)", () => {
    const inject = file("inject.mjs", 'process.stdout.write = () => { throw new TypeError("injected failure"); };\n');
    const r = cliProcess(["evaluate", example], { NODE_OPTIONS: `--import=${inject}` });
    expect(r.status).toBe(70);
    expect(r.stderr).toContain("This is a bug in rightsplan");
  });
});

describe("input that cannot be read gets a sentence, exit 2", () => {
  const refused = async (path: string) => {
    const r = await cli(["evaluate", path]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    return r.stderr;
  };

  it("an empty file", async () => {
    expect(await refused(file("empty.yaml", ""))).toContain("the file is empty");
    expect(await refused(file("blank.yaml", "  \n\n"))).toContain("the file is empty");
  });

  it("a folder", async () => {
    const dir = join(scratch, "folder.yaml");
    mkdirSync(dir, { recursive: true });
    expect(await refused(dir)).toContain("it is a folder");
  });

  it("a UTF-16 file, with or without its byte-order mark", async () => {
    const text = "company: {sharesOutstanding: 100}\n";
    expect(await refused(file("bom16.yaml", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])))).toContain("UTF-16; save it as UTF-8");
    expect(await refused(file("plain16.yaml", Buffer.from(text, "utf16le")))).toContain("UTF-16");
  });

  it("a binary file, a PDF, a file that is not UTF-8", async () => {
    expect(await refused(file("binary.yaml", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0])))).toContain("binary file");
    expect(await refused(file("memo.yaml", "%PDF-1.7\n..."))).toContain("PDF document");
    expect(await refused(file("latin1.yaml", Buffer.from("title: caf\xe9\n", "latin1")))).toContain("not UTF-8");
  });

  it("a plan terms file given as a scenario", async () => {
    expect(await refused(join(repoRoot, "plans/net-perceptions.yaml"))).toContain("is a plan terms file, not a scenario");
  });

  it("a file that is a list or a word, not a set of fields", async () => {
    expect(await refused(file("list.yaml", "- a\n- b\n"))).toContain("is not a scenario");
  });

  // It exited 70 ("a bug in rightsplan"): the stack overflowed counting the JSON's members.
  it("a JSON file nested thousands deep", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(await refused(file("deep.json", `{"company":{"sharesOutstanding":1000},"events":${deep}}`))).toContain("is nested too deeply");
  });
});

describe("validator wording becomes what is allowed, and where", () => {
  const head = "plan: net-perceptions\ncompany: {sharesOutstanding: 1000000}\npersons: [{id: a}]\nevents:\n  - {at: 2004-01-05, type: acquire, person: a, shares: 10000}\n";

  it("a misspelt event type: the types allowed, the value given, the event and its line", async () => {
    const r = await cli(["evaluate", file("typo.yaml", `${head}  - {at: 2004-01-06, type: aquire, person: a, shares: 5}\n`)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('events[1].type (line 6, column 28): must be one of acquire, dispose, issue');
    expect(r.stdout).toContain('; got "aquire"');
    expect(r.stdout).not.toContain("Invalid discriminator");
  });

  it("a fractional share count: a whole number, with the value given", async () => {
    const r = await cli(["evaluate", file("frac.yaml", `${head}  - at: 2004-01-06\n    type: dispose\n    person: a\n    shares: 5.5\n`), "--json"]);
    const error = JSON.parse(r.stdout).errors[0];
    expect(error).toMatchObject({ event: 1, field: "shares" });
    expect(error.message).toBe("events[1].shares (line 9, column 13): must be a whole number; got 5.5");
  });

  it("an invalid head: every field placed at its line, in words", async () => {
    const r = await cli(["evaluate", file("head.yaml", "company:\n  sharesOutstanding: 10.5\npersons: [{id: A}]\nevents: []\n")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("company.sharesOutstanding (line 2, column 22): must be a whole number; got 10.5");
    expect(r.stderr).toContain('persons[0].id (line 3, column 16): person ids are lower-case letters, digits and hyphens; got "A"');
    expect(r.stderr).not.toMatch(/expected int, received number/);
  });

  it("a missing field and an unknown one", async () => {
    const r = await cli(["evaluate", file("missing.json", JSON.stringify({ company: {}, colour: "red" }, null, 2))]);
    expect(r.stderr).toContain("company.sharesOutstanding (line 2, column 14): is missing (it is required)");
    expect(r.stderr).toContain("colour (line 3, column 13): is not a field that belongs here");
  });

  it("a plan terms file: each invalid term placed at its line", async () => {
    const plan = file("bad-plan.yaml", 'id: mine\nname: Mine\nsource: here\nterms:\n  purchasePrice: {value: "-5", source: x}\n');
    const r = await cli(["plan", "show", plan]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("terms.purchasePrice.value (line 5, column 26): purchasePrice (Purchase Price) -5 is out of range");
    expect(r.stderr).toContain("terms.company (line 5, column 3): is missing (it is required)");
  });

  it("--as-of: a date means 5:00 P.M.", async () => {
    const r = await cli(["evaluate", example, "--as-of", "2004-05-32"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("5:00 P.M. New York time");
    expect(r.stderr).not.toContain("9:00");
    expect((await cli(["evaluate", "--help"])).stdout).toContain("5:00 P.M.");
    for (const command of [["plan", "show"], ["describe", "net-perceptions"], ["dilution", example]]) {
      const other = await cli([...command, "--as-of", "next week"]);
      expect(other.status, command.join(" ")).toBe(2);
      expect(other.stderr, command.join(" ")).toContain('--as-of "next week" is not a time: give a date (meaning 5:00 P.M. New York time');
    }
  });
});
