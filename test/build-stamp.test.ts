/** scripts/inputs-stamp.mjs: a build step runs again only when its inputs change or an output is missing. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { buildUnlessUpToDate } from "../scripts/inputs-stamp.mjs";

it("builds when nothing was built, skips when unchanged, and builds again after an input changes or an output goes", async () => {
  const root = mkdtempSync(join(tmpdir(), "rightsplan-stamp-"));
  mkdirSync(join(root, "src/deep"), { recursive: true });
  writeFileSync(join(root, "src/deep/a.ts"), "one");
  let builds = 0;
  const step = { root, stamp: "stamp", inputs: ["src"], outputs: ["out.js"] };
  const build = () => {
    builds++;
    writeFileSync(join(root, "out.js"), "built");
  };
  expect(await buildUnlessUpToDate(step, build)).toBe(true);
  expect(await buildUnlessUpToDate(step, build)).toBe(false);
  writeFileSync(join(root, "src/deep/a.ts"), "two");
  expect(await buildUnlessUpToDate(step, build)).toBe(true);
  writeFileSync(join(root, "src/b.ts"), "new file");
  expect(await buildUnlessUpToDate(step, build)).toBe(true);
  rmSync(join(root, "out.js"));
  expect(await buildUnlessUpToDate(step, build)).toBe(true);
  expect(await buildUnlessUpToDate(step, build)).toBe(false);
  expect(builds).toBe(4);
});

it("stamps nothing when the build fails, so the next build runs it again", async () => {
  const root = mkdtempSync(join(tmpdir(), "rightsplan-stamp-"));
  writeFileSync(join(root, "in.txt"), "x");
  writeFileSync(join(root, "out.js"), "old");
  const step = { root, stamp: "stamp", inputs: ["in.txt"], outputs: ["out.js"] };
  await expect(buildUnlessUpToDate(step, () => Promise.reject(new Error("tsc failed")))).rejects.toThrow("tsc failed");
  let ran = false;
  expect(await buildUnlessUpToDate(step, () => void (ran = true))).toBe(true);
  expect(ran).toBe(true);
});
