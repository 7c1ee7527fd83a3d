/**
 * Found by trying the CLI as its users would (an outside examination): each test failed before
 * its fix. Wrong input gets a sentence saying what is wrong and what to do, exit 2, and no answer
 * is printed before an output file that cannot be written is refused.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, repoRoot } from "./support/cli.js";

const scratch = mkdtempSync(join(tmpdir(), "rightsplan-cli-examiner-"));
const file = (name: string, content: string) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const example = join(repoRoot, "examples/01-bidder-crosses-and-files-13d.yaml");
const missingFolder = join(scratch, "no-such-folder");

describe("report --date", () => {
  it("refuses a date that is not in the calendar", async () => {
    const r = await cli(["report", example, "--date", "2004-02-30"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('--date "2004-02-30" is not a date in the calendar');
  });
});

describe("an output file in a folder that does not exist is refused before any work", () => {
  for (const [command, option, name] of [
    ["dilution", "--out", "table.csv"],
    ["dilution", "--chart", "bars.svg"],
    ["sweep", "--out", "points.csv"],
    ["sweep", "--chart", "points.svg"],
    ["chart", "--out", "chart.svg"],
    ["report", "--out", "memo.md"],
  ] as const) {
    it(`${command} ${option} ${name}`, async () => {
      const vary = command === "sweep" ? ["--vary", "events.0.shares=1000000:1100000:50000"] : [];
      const r = await cli([command, example, ...vary, option, join(missingFolder, name)]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`cannot write ${join(missingFolder, name)}: its folder does not exist`);
    });
  }
});

it("an output file that is a folder is refused before any work", async () => {
  const folder = join(scratch, "table.csv");
  mkdirSync(folder, { recursive: true });
  const r = await cli(["dilution", example, "--out", folder]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain(`cannot write ${folder}: it is a folder`);
});

describe("read: its output file and the options that work only with another", () => {
  const filing = join(repoRoot, "../shared/filings/001_net-perceptions-amendment3-2006.txt");

  it("read --out in a folder that does not exist is an input error (it was exit 70)", async () => {
    const r = await cli(["read", filing, "--out", join(missingFolder, "plan.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`cannot write ${join(missingFolder, "plan.yaml")}: its folder does not exist`);
  });

  it("a folder without --table says what a folder is for (it said 'EISDIR')", async () => {
    const r = await cli(["read", scratch]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot read ${scratch}: it is a folder; give the filings of one plan`);
    expect(r.stderr).not.toContain("EISDIR");
  });

  for (const [args, needs] of [
    [["--strict"], "--strict works with --out"],
    [["--threads", "2"], "--threads works with --table"],
    [["--table", join(scratch, "plans.csv"), "--out", join(scratch, "plan.yaml")], "--table writes a table of plans"],
  ] as const) {
    it(`${args.join(" ")} is refused, saying what it needs`, async () => {
      const r = await cli(["read", filing, ...args]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(needs);
    });
  }
});

it("rules ID --markdown is refused: --markdown prints every rule, and the id was ignored", async () => {
  const r = await cli(["rules", "R-1a", "--markdown"]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain("--markdown prints every rule (the page docs/rules.md): leave out R-1a");
});

it("sweep --vary of a share count past 2^53-1 is refused, not rounded (R-X14)", async () => {
  const r = await cli(["sweep", example, "--vary", "events.0.shares=9007199254740990:9007199254740999:1"]);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain("share counts past 9,007,199,254,740,991 cannot be counted exactly (R-X14)");
});

it("sweep --help gives the default metrics once, not also '(default: [])'", async () => {
  const r = await cli(["sweep", "--help"]);
  expect(r.stdout).toContain("acquiringPersons,stockAcquisitionDate");
  expect(r.stdout).not.toContain("(default: [])");
});

describe("sweep --metric names a Person of the scenario", () => {
  it("refuses ownership.ID or shares.ID for a Person the scenario does not list", async () => {
    const r = await cli(["sweep", example, "--vary", "events.0.shares=1000000:1100000:50000", "--metric", "ownership.nobody"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/metric "ownership\.nobody": the scenario has no Person "nobody"; its Persons are \w/);
  });
});

describe("fields that do not belong", () => {
  it("each unknown field is named on its own, at its line", async () => {
    const r = await cli(["evaluate", file("two-unknown.yaml", "company: {sharesOutstanding: 100}\ncolour: red\nflavour: sweet\n")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("colour (line 2, column 9): is not a field that belongs here");
    expect(r.stderr).toContain("flavour (line 3, column 10): is not a field that belongs here");
    expect(r.stderr).not.toContain("colour,flavour");
  });

  it("a rule case (test/cases) given as a scenario says where its scenario is", async () => {
    const r = await cli(["evaluate", join(repoRoot, "test/cases/flip-in/authorized-exactly-sufficient.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is a rule case, not a scenario: its scenario is the part under `scenario:`");
  });
});

describe("a plan command given something that is not a plan terms file", () => {
  const scenario = join(repoRoot, "examples/01-bidder-crosses-and-files-13d.yaml");
  for (const command of [["plan", "show"], ["describe"], ["diff", "net-perceptions"]]) {
    it(`${command.join(" ")}: a scenario, an empty file, a folder`, async () => {
      const asScenario = await cli([...command, scenario]);
      expect(asScenario.status).toBe(2);
      expect(asScenario.stderr).toContain(`${scenario}: this is a scenario, not a plan terms file; evaluate it with \`rightsplan evaluate ${scenario}\``);
      const empty = await cli([...command, file("empty-plan.yaml", "\n")]);
      expect(empty.status).toBe(2);
      expect(empty.stderr).toContain("the file is empty");
      const folder = join(scratch, "plans-folder");
      mkdirSync(folder, { recursive: true });
      const asFolder = await cli([...command, folder]);
      expect(asFolder.status).toBe(2);
      expect(asFolder.stderr).toContain("it is a folder");
      expect(asFolder.stderr).not.toContain("EISDIR");
    });
  }
});

describe("serve: a database or an address it cannot use is the user's to fix (exit 2), not a bug (70)", () => {
  const serve = (...args: string[]) => cli(["serve", "--port", "0", ...args], { RIGHTSPLAN_ADMIN_TOKEN: "" });

  it("a database URL of a kind rightsplan does not use", async () => {
    const r = await serve("--db", "mysql://user@host/db");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--db "mysql://user@host/db": rightsplan keeps its data in SQLite');
  });

  it("a file that is not a database", async () => {
    const r = await serve("--db", file("not-a-database.db", "hello\n".repeat(200)));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the file is not an SQLite database");
  });

  it("a PostgreSQL server that does not answer", async () => {
    const r = await serve("--db", "postgres://nobody:secret@127.0.0.1:1/nothing");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no PostgreSQL server answers there");
    expect(r.stderr).not.toContain("secret");
  });

  it("a port already in use", async () => {
    const { createServer } = await import("node:net");
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, "127.0.0.1", done));
    const port = String((busy.address() as { port: number }).port);
    try {
      const r = await cli(["serve", "--port", port, "--db", join(scratch, "busy.db")], { RIGHTSPLAN_ADMIN_TOKEN: "" });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`cannot listen on 127.0.0.1 port ${port}: it is in use`);
    } finally {
      busy.close();
    }
  });
});

describe("terms asked for a date outside the plan's life say so (R-X13)", () => {
  for (const command of [["plan", "show", "net-perceptions"], ["describe", "net-perceptions"], ["diff", "net-perceptions", "selectica-2009"]]) {
    it(`${command.join(" ")} --as-of before the plan and after its expiry`, async () => {
      const before = await cli([...command, "--as-of", "1990-01-02"]);
      expect(before.status).toBe(0);
      expect(before.stderr).toContain("note: on 1990-01-02 the plan net-perceptions did not exist yet (its agreement is dated 2001-06-01, R-X13)");
      const after = await cli([...command, "--as-of", "2020-01-02"]);
      expect(after.stderr).toContain("note: on 2020-01-02 the plan net-perceptions had expired (its Final Expiration Date is 2011-06-14, R-X13)");
      const during = await cli([...command, "--as-of", "2004-01-02"]);
      expect(during.stderr).not.toContain("note: on 2004-01-02 the plan net-perceptions");
    });
  }
});

describe("a plan file or a prices CSV that is not UTF-8 text says so, as a scenario does", () => {
  const utf16 = (name: string, text: string) => {
    const path = join(scratch, name);
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    return path;
  };

  it("a plan terms file in UTF-16 (it said ' - is missing (it is required)')", async () => {
    const r = await cli(["plan", "show", utf16("plan16.yaml", "id: mine\nname: Mine\n")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("plan16.yaml: it is in UTF-16; save it as UTF-8 text");
  });

  it("a prices CSV in UTF-16 (it quoted the garbled header)", async () => {
    const folder = join(scratch, "utf16-prices");
    mkdirSync(folder, { recursive: true });
    utf16("utf16-prices/prices.csv", "date,close\n2004-01-02,1.50\n");
    writeFileSync(join(folder, "scenario.yaml"), "plan: net-perceptions\ncompany: {sharesOutstanding: 1000}\nprices: prices.csv\n");
    const r = await cli(["evaluate", join(folder, "scenario.yaml")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cannot read prices file prices.csv: it is in UTF-16; save it as UTF-8 text");
  });
});
