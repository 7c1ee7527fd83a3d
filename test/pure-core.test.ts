/**
 * Issue 8 item 6: the core (src/engine, src/agreement, src/terms, src/ownership, src/time,
 * src/numbers) is pure. It reads no file and keeps no state between calls: no module-level `let`
 * or `var`, and a module-level Map, Set, WeakMap or array only as a memo of a pure function,
 * documented as one (a comment saying "Memo" or "memoized" just above it) and keyed by every
 * input of the function. The built-in plans are bundled data, kept equal to plans/*.yaml.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { BUILT_IN_PLAN_DATA } from "../src/terms/builtInPlanData.js";
import { repoRoot } from "./analysis-support.js";

const CORE = ["engine", "agreement", "terms", "ownership", "time", "numbers"];

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );
}

const coreFiles = CORE.flatMap((d) => sourcesUnder(join(repoRoot, "src", d))).map((path) => ({ name: relative(repoRoot, path), text: readFileSync(path, "utf8") }));

/** Module-level declarations (column 0) of `text`, with the comment lines just above each. */
function topLevel(text: string, pattern: RegExp): { line: string; comment: string }[] {
  const lines = text.split("\n");
  return lines.flatMap((line, i) => {
    if (!pattern.test(line)) return [];
    let start = i;
    while (start > 0 && /^(\/\*\*| \*|\/\/)/.test(lines[start - 1])) start--;
    return [{ line, comment: lines.slice(start, i).join("\n") }];
  });
}

describe("the core is pure", () => {
  it("has sources to check", () => {
    expect(coreFiles.length).toBeGreaterThan(20);
  });

  it("keeps no module-level let or var", () => {
    const found = coreFiles.flatMap((f) => topLevel(f.text, /^(export )?(let|var) /).map((d) => `${f.name}: ${d.line}`));
    expect(found).toEqual([]);
  });

  it("keeps module-level collections only as documented memos of pure functions", () => {
    const mutable = /^(export )?const \w+(: (?!Readonly)[^=]+)? = (new (Map|Set|WeakMap)\b|\[\])/;
    const undocumented = coreFiles.flatMap((f) => topLevel(f.text, mutable).filter((d) => !/memo/i.test(d.comment)).map((d) => `${f.name}: ${d.line}`));
    expect(undocumented).toEqual([]);
  });

  it("reads no file and resolves no path", () => {
    const io = coreFiles.filter((f) => /from "node:(fs|fs\/promises|path)"|process\.cwd\(\)/.test(f.text)).map((f) => f.name);
    expect(io).toEqual([]);
  });

  it("bundles the built-in plans as plans/*.yaml says (npm run build bundles them again)", () => {
    const dir = join(repoRoot, "plans");
    const files = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => [f.slice(0, -".yaml".length), parseYaml(readFileSync(join(dir, f), "utf8"))]),
    );
    expect(BUILT_IN_PLAN_DATA).toEqual(files);
  });
});
