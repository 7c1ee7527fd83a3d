/**
 * The browser tests' session: each file connects to the one chromium and drives the one server that
 * all the browser files share (shared.ts, vitest's global setup, starts them once for the run and
 * says why sharing them is safe); support.ts, which a benchmark can use outside vitest too, has the
 * parts. Every page still opens in a browser context of its own, so no page sees another's cookies,
 * storage or cache. The files are small so that vitest's workers run them side by side: most of a
 * browser test is waiting on the page or the server.
 */
import { basename } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { inCI, missing, noServer, serverAt, signIn, watchConsole, type Server } from "./support.js";
import type { Shared } from "./shared.js";

export type BrowserSession = ReturnType<typeof browserSession>;

/**
 * A file's browser tests: skipped on a machine without chromium or the built workbench, a failure
 * in CI; one session for them all, and a last test that no watched page logged a console error.
 */
export function describeInChromium(title: string, tests: (session: BrowserSession) => void): void {
  const reason = missing();
  if (reason && inCI) throw new Error(`browser tests cannot run in CI: ${reason}`);
  describe.skipIf(reason !== null || noServer() !== null)(title, () => {
    const session = browserSession();
    tests(session);
    it("logged no console error on any page", () => {
      expect(session.consoles.flat()).toEqual([]);
    });
  });
}

/**
 * The shared server and a connection to the shared chromium for a file's tests: `pageAs(role)`
 * opens a fresh context signed in as that role (null: not signed in) and watches its console
 * unless `watch` is false; `consoles` collects what the watched pages logged as errors.
 */
function browserSession() {
  const state: { server?: Server; browser?: Browser } = {};
  const consoles: string[][] = [];
  beforeAll(async ({}, suite) => {
    const answer = await fetch(inject("browserLender"));
    if (!answer.ok) throw new Error(`no shared chromium and server: ${await answer.text()}`);
    const shared = (await answer.json()) as Shared;
    // The file's tokens are named for it ("analyst-workbench-1"): unique on the shared server.
    state.server = serverAt(shared.url, shared.adminToken, null, basename(suite.file.name, ".test.ts"));
    state.browser = await chromium.connect(shared.wsEndpoint);
  }, 150_000);
  afterAll(async () => {
    // Closes this file's contexts and the connection; the browser and the server stop with the run (shared.ts).
    await state.browser?.close();
  });
  return {
    consoles,
    server: () => state.server!,
    async pageAs(role: string | null, watch = true): Promise<Page> {
      const page = await (await state.browser!.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })).newPage();
      if (watch) consoles.push(watchConsole(page));
      if (role) await signIn(page, state.server!.url, role === "admin" ? state.server!.adminToken : await state.server!.tokenFor(role));
      return page;
    },
  };
}
