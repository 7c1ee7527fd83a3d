/** Rate limits per token, and CORS opened only for the origins given. */
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { testServer } from "./support/server.js";

describe("server: rate limit and CORS", () => {
  it("refuses requests past the limit with 429 in the error shape", async () => {
    // the limit counts per token: the admin's requests that make the test tokens count apart
    const server = await testServer({ rateLimit: 12 });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await server.as("viewer", { method: "GET", url: "/api/health" })).statusCode);
    const refused = await server.as("viewer", { method: "GET", url: "/api/health" });
    expect(statuses).toEqual(Array(12).fill(200));
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe("rate-limited");
    await server.close();
  }, 120_000);

  // The limit was counted per Authorization header: "bearer <token>", "Bearer  <token>" (two
  // spaces) and so on each had an allowance of their own, so one token had as many as it liked.
  it("counts a token's requests however its header is spelled", async () => {
    const server = await testServer({ rateLimit: 12 }); // the admin makes the test tokens within it
    const token = server.tokens.viewer;
    const spellings = [`Bearer ${token}`, `bearer ${token}`, `BEARER ${token}`, `Bearer  ${token}`, `Bearer\t${token}`, `bEaReR   ${token}`];
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) {
      statuses.push((await server.as(null, { method: "GET", url: "/api/me", headers: { authorization: spellings[i % spellings.length]! } })).statusCode);
    }
    expect(statuses).toEqual([...Array(12).fill(200), 429]);
    await server.close();
  }, 120_000);

  it("answers a browser from an origin it was given, and only that one", async () => {
    const server = await testServer({ corsOrigins: ["https://workbench.example"] });
    const allowed = await server.as("viewer", { method: "GET", url: "/api/plans", headers: { origin: "https://workbench.example" } });
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://workbench.example");
    const other = await server.as("viewer", { method: "GET", url: "/api/plans", headers: { origin: "https://elsewhere.example" } });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    await server.close();
  }, 120_000);
});

// JSON nested 100,000 deep answered 500 "a bug in rightsplan" (the stack overflowed while the
// body was read): it is the client's input to fix, refused with 400 in the error shape.
describe("server: deeply nested JSON", () => {
  it("is refused with 400 on a JSON route and on POST /api/evaluate, and the server answers after", async () => {
    const server = await testServer();
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    for (const [role, url, payload] of [
      ["admin", "/api/tokens", deep],
      ["viewer", "/api/evaluate", deep],
      ["viewer", "/api/evaluate", `{"company":{"sharesOutstanding":1000},"events":${deep}}`],
      ["analyst", "/api/scenarios", `{"name":"deep","scenario":${deep}}`],
    ] as const) {
      const r = await server.as(role, { method: "POST", url, headers: { "content-type": "application/json" }, payload });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.message, url).toContain("nested too deeply");
    }
    expect((await server.as("viewer", { method: "GET", url: "/api/health" })).statusCode).toBe(200);
    await server.close();
  }, 120_000);
});

/** A scenario of `n` events (a purchase and a sale of one share, in turn, by 50 holders): a long evaluation. */
function longScenario(n: number): string {
  const persons = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}` }));
  const events = Array.from({ length: n }, (_, i) => ({ at: `${new Date(Date.UTC(2004, 0, 5) + Math.floor(i / 1000) * 86_400_000).toISOString().slice(0, 10)}T10:00:00-05:00`, type: i % 2 ? "dispose" : "acquire", person: `p${i % 50}`, shares: 1 }));
  return JSON.stringify({ company: { sharesOutstanding: 100_000_000 }, holdings: persons.map((p) => ({ person: p.id, shares: 10 })), persons, events });
}

// An evaluation whose client went away ran to its end on the worker thread: two abandoned long
// evaluations held both threads, and every other evaluation waited minutes for them.
describe("server: a client that goes away", () => {
  it("stops its evaluation, so the worker thread is free for the next request", async () => {
    const server = await testServer(); // one worker thread
    await server.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = server.app.server.address() as AddressInfo;
    const body = longScenario(300_000); // minutes of work on this machine
    await new Promise<void>((resolve) => {
      const request = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/api/evaluate", headers: { authorization: `Bearer ${server.tokens.viewer}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) } });
      request.on("error", () => resolve());
      // the whole body sent, the worker is reading it: the client gives up
      request.end(body, () => setTimeout(() => (request.destroy(), resolve()), 1_500));
    });
    const started = Date.now();
    const small = await fetch(`http://127.0.0.1:${port}/api/evaluate`, { method: "POST", headers: { authorization: `Bearer ${server.tokens.viewer}`, "content-type": "application/json" }, body: JSON.stringify({ company: { sharesOutstanding: 1000 } }), signal: AbortSignal.timeout(60_000) });
    expect(small.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(20_000);
    await server.close();
  }, 120_000);
});
