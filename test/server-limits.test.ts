/** Rate limits per token, and CORS opened only for the origins given. */
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

  it("answers a browser from an origin it was given, and only that one", async () => {
    const server = await testServer({ corsOrigins: ["https://workbench.example"] });
    const allowed = await server.as("viewer", { method: "GET", url: "/api/plans", headers: { origin: "https://workbench.example" } });
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://workbench.example");
    const other = await server.as("viewer", { method: "GET", url: "/api/plans", headers: { origin: "https://elsewhere.example" } });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    await server.close();
  }, 120_000);
});
