/**
 * Issue 8 item 8: each entry point loads only its part. Walks the static imports (`import ... from`,
 * `export ... from`; not `import type`, not `await import(...)`) of src/ from an entry point and
 * checks which parts and libraries it reaches. Timing is in bench/startup.ts, never here.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./analysis-support.js";

const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?"([^"]+)";/gm;

/** The source files and the packages reached by static imports from `entry` (a path under src/). */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, specifier] of readFileSync(join(repoRoot, file), "utf8").matchAll(STATIC_IMPORT)) {
      if (!specifier.startsWith(".")) {
        packages.add(specifier.startsWith("node:") ? specifier : specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/"));
        continue;
      }
      const target = join(dirname(file), specifier.replace(/\.js$/, ".ts"));
      if (existsSync(resolve(repoRoot, target))) visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

const parts = (files: Set<string>) => new Set([...files].map((f) => f.split("/")[1]));

describe("entry points load only their part", () => {
  it("rightsplan (the engine) loads no analysis, reader, CLI, chart library or holiday data", () => {
    const { files, packages } = staticGraph("src/index.ts");
    expect([...parts(files)].filter((p) => ["analysis", "reader", "cli"].includes(p!))).toEqual([]);
    expect([...packages].filter((p) => ["echarts", "@resvg/resvg-js", "date-holidays", "commander", "cli-progress"].includes(p))).toEqual([]);
  });

  it("rightsplan/analysis and rightsplan/reader load no chart library", () => {
    for (const entry of ["src/analysis/index.ts", "src/reader/index.ts"]) {
      const { packages } = staticGraph(entry);
      expect([...packages].filter((p) => ["echarts", "@resvg/resvg-js"].includes(p)), entry).toEqual([]);
    }
  });

  it("rightsplan/charts loads ECharts and resvg only when a chart is drawn", () => {
    const { packages } = staticGraph("src/analysis/charts.ts");
    expect([...packages].filter((p) => ["echarts", "@resvg/resvg-js"].includes(p))).toEqual([]);
  });

  it("the command loads, before it knows the command asked, no engine, parser or library but commander", () => {
    const { files, packages } = staticGraph("src/cli/main.ts");
    expect([...packages].filter((p) => !p.startsWith("node:"))).toEqual(["commander"]);
    expect([...files].filter((f) => /src\/(engine|agreement|analysis|reader|scenario)\//.test(f))).toEqual([]);
  });

  it("the package does not depend on itself (issue 8 item 9: a symlink loop, an empty resolved in the lock file)", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { name: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain(pkg.name);
    const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, { resolved?: string }> };
    expect(Object.keys(lock.packages)).not.toContain(`node_modules/${pkg.name}`);
    expect(Object.entries(lock.packages).filter(([, p]) => p.resolved === "").map(([k]) => k)).toEqual([]);
  });

  it("the package exports these entry points", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { exports: Record<string, { default: string }> };
    expect(Object.keys(pkg.exports)).toEqual([".", "./analysis", "./reader", "./charts", "./package.json"]);
    expect(pkg.exports["./charts"]!.default).toBe("./dist/analysis/charts.js");
  });
});
