/**
 * vitest's global setup for the browser files: one chromium and one server (`rightsplan serve`)
 * for all of them, started when the first file asks and stopped when the run ends. Each file
 * starting its own cost five chromium start-ups, five server start-ups and five warm-ups of the
 * server's worker threads (the servers alone: 10.8 s of CPU, against 4.2 s for the shared one).
 * A run without a browser file (or on a machine without chromium, where the files skip) asks
 * nothing and starts nothing.
 *
 * The files ask over HTTP, at the address this setup provides to them (`inject`): vitest's
 * workers are other processes, and only this one lives for the whole run. The server's database
 * is shared too: no browser test depends on another's absence (the Reader's saved plan comes after
 * the built-in plans, one file creates the register, each file signs in with tokens of its own).
 *
 * vitest runs a global setup for the root and again for each project that extends it: the first
 * starts the lender, the others provide its address (as test/support/scratch.ts does).
 */
import { createServer, type Server as HttpServer } from "node:http";
import type { TestProject } from "vitest/node";
import type { BrowserServer } from "playwright-core";
import type { Server } from "./support.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where a browser file asks for the shared chromium and server (GET → Shared, or 500 with the reason). */
    browserLender: string;
  }
}

/** What a browser file borrows: the chromium to connect to and the server to drive. */
export interface Shared {
  readonly wsEndpoint: string;
  readonly url: string;
  readonly adminToken: string;
}

const OWNER = "RIGHTSPLAN_TEST_BROWSER_LENDER";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const running = process.env[OWNER];
  if (running) {
    project.provide("browserLender", running);
    return async () => {};
  }
  let started: Promise<{ browser: BrowserServer; server: Server }> | undefined;
  const lender = createServer((_request, response) => {
    started ??= start();
    started.then(
      ({ browser, server }) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ wsEndpoint: browser.wsEndpoint(), url: server.url, adminToken: server.adminToken } satisfies Shared)),
      (e: unknown) => response.writeHead(500, { "content-type": "text/plain" }).end(e instanceof Error ? e.message : String(e)),
    );
  });
  const address = await listen(lender);
  process.env[OWNER] = address;
  project.provide("browserLender", address);
  return async () => {
    await new Promise((done) => lender.close(done));
    const shared = await started?.catch(() => undefined);
    await shared?.browser.close();
    await shared?.server.stop();
  };
}

/** chromium and the server side by side; when one fails the other is stopped at once (no server left running). */
async function start(): Promise<{ browser: BrowserServer; server: Server }> {
  const { chromium } = await import("playwright-core");
  const { chromiumOptions, startServer } = await import("./support.js");
  const [browser, server] = await Promise.allSettled([chromium.launchServer(chromiumOptions), startServer()]);
  if (browser.status === "fulfilled" && server.status === "fulfilled") return { browser: browser.value, server: server.value };
  if (browser.status === "fulfilled") await browser.value.close();
  if (server.status === "fulfilled") await server.value.stop();
  throw (browser.status === "rejected" ? browser.reason : (server as PromiseRejectedResult).reason) as Error;
}

async function listen(server: HttpServer): Promise<string> {
  await new Promise<void>((ok, fail) => server.once("error", fail).listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}
