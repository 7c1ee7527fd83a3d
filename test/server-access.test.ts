/**
 * Every route with every role: no token is 401, a role the route does not name is 403, a role it
 * names gets past the door (whatever the answer to its request then is).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES, type RouteSpec } from "../src/server/routes.js";
import { ROLES } from "../src/server/roles.js";
import { testServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

/** A URL of the route with its parameters filled in. */
const urlOf = (spec: RouteSpec) =>
  spec.url
    .replace(":id/diff/:other", "net-perceptions/diff/selectica-2009")
    .replace("/api/jobs/:id", "/api/jobs/00000000-0000-0000-0000-000000000000")
    .replace(":id", "net-perceptions")
    .replace(":name", "no-such-scenario");

describe("access: every route, every role", () => {
  for (const [id, spec] of Object.entries(ROUTES) as [string, RouteSpec][]) {
    const request = { method: spec.method, url: urlOf(spec), ...(spec.method === "POST" || spec.method === "PUT" ? { payload: {} } : {}) };
    it(`${id}: ${spec.method} ${spec.url}`, async () => {
      const anonymous = await server.as(null, request);
      if (spec.roles === "public") {
        expect(anonymous.statusCode).toBe(200);
        return;
      }
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe("unauthenticated");
      for (const role of ROLES) {
        const response = await server.as(role, request);
        if (spec.roles.includes(role)) expect([401, 403], `${role} is allowed`).not.toContain(response.statusCode);
        else {
          expect(response.statusCode, `${role} is refused`).toBe(403);
          expect(response.json().error.message).toContain(`the ${role} role may not`);
        }
      }
    });
  }

  it("a token that is not known is 401", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/plans", headers: { authorization: "Bearer rp_nobody" } });
    expect(response.statusCode).toBe(401);
  });

  it("only admin roles are named for the token routes and the audit trail", () => {
    for (const id of ["tokens.create", "tokens.list", "tokens.delete", "audit.list"] as const) expect(ROUTES[id].roles).toEqual(["admin"]);
  });
});
