import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Test files share their worker's modules (`isolate: false`): importing the engine, zod's schemas
 * and the libraries once per worker instead of once per file saves most of the suite's import
 * time. The files that replace modules (vi.mock, vi.resetModules) run isolated, each in a fresh
 * module registry.
 *
 * At least four workers (vitest's default is one fewer than the cores: one on a two-core machine):
 * the slowest files mostly wait on other processes (the CLI, the server, chromium), so more
 * workers than cores overlap that waiting with the files that compute. On this 2-core machine the
 * whole suite took 69 s with two workers and 64 s with four.
 */
const ISOLATED = ["test/cli-internal.test.ts", "src/time/bankCalendar.test.ts"];

export default defineConfig({
  test: {
    // Scratch files under one folder, removed at the end of the run (test/support/scratch.ts); one
    // chromium and one server for all the browser files, started when the first asks (test/browser/shared.ts).
    globalSetup: ["test/support/scratch.ts", "test/browser/shared.ts"],
    testTimeout: 60_000,
    // A server or a register started in a beforeAll waits its turn on a loaded machine (the browser
    // files wait there for the chromium and server they share): 10 s, vitest's default, was too short once.
    hookTimeout: 60_000,
    maxWorkers: Math.max(4, availableParallelism()),
    projects: [
      { extends: true, test: { name: "shared", include: ["src/**/*.test.ts", "test/**/*.test.ts"], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
