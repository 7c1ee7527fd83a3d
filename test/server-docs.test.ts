/** docs/api.md lists the routes of the route table as they are (regenerate its table with routeTableMarkdown()). */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { routeTableMarkdown } from "../src/server/apiTable.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

describe("docs/api.md", () => {
  it("has the route table of src/server/routes.ts", () => {
    expect(readFileSync(resolve(repoRoot, "docs/api.md"), "utf8")).toContain(routeTableMarkdown());
  });
});
