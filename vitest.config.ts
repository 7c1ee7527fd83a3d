import { defineConfig } from "vitest/config";

/**
 * Test files share their worker's modules (`isolate: false`): importing the engine, zod's schemas
 * and the libraries once per worker instead of once per file saves most of the suite's import
 * time. The files that replace modules (vi.mock, vi.resetModules) run isolated, each in a fresh
 * module registry.
 */
const ISOLATED = ["test/cli-internal.test.ts", "src/time/bankCalendar.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "shared", include: ["src/**/*.test.ts", "test/**/*.test.ts"], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
