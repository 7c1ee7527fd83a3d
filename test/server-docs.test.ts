/** docs/api.md lists the routes of the route table as they are (regenerate its table with routeTableMarkdown()); /openapi.json names every answer a route gives. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { routeTableMarkdown } from "../src/server/apiTable.js";
import { REGISTER_COMMANDS, ROUTES, type RouteSpec } from "../src/server/routes.js";
import { testServer } from "./support/server.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

describe("docs/api.md", () => {
  it("has the route table of src/server/routes.ts", () => {
    expect(readFileSync(resolve(repoRoot, "docs/api.md"), "utf8")).toContain(routeTableMarkdown());
  });
});

// The document listed 200 and 400 for the register's commands, which answer 409 for a refusal and
// 202 with a job, and no route listed 401, 403, 413 or 429, which every client meets.
describe("/openapi.json", () => {
  it("lists, for each route, the refusals it can give: 401 and 403 with a token, 413 with a body, 429; a register write 409, a job 202", async () => {
    const server = await testServer();
    const paths = (await server.as(null, { method: "GET", url: "/openapi.json" })).json().paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    await server.close();
    const missing: string[] = [];
    for (const spec of Object.values(ROUTES) as RouteSpec[]) {
      if (spec.url === "/openapi.json") continue;
      const operation = paths[spec.url.replace(/:(\w+)/g, "{$1}")]?.[spec.method.toLowerCase()];
      const command = spec.url.startsWith("/api/register/") ? REGISTER_COMMANDS[spec.url.slice("/api/register/".length) as keyof typeof REGISTER_COMMANDS] : undefined;
      const expected = [
        429,
        ...(spec.roles === "public" ? [] : [401, 403]),
        ...(spec.body ? [413] : []),
        ...(spec.job ? [202] : []),
        ...(command?.write && !spec.job ? [409] : []),
      ];
      for (const status of expected) if (!operation?.responses[String(status)]) missing.push(`${spec.method} ${spec.url}: ${status}`);
    }
    expect(missing).toEqual([]);
  }, 120_000);
});
