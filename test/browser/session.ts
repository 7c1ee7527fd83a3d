/**
 * The browser tests' session: one server and one browser per test file (support.ts, which a
 * benchmark can use outside vitest too, has the parts). The files are small so that vitest's
 * workers run them side by side: most of a browser test is waiting on the page or the server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { inCI, launch, missing, noServer, signIn, startServer, watchConsole, type Server } from "./support.js";

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
 * One server and one browser for a file's tests: `pageAs(role)` opens a fresh context signed in
 * as that role (null: not signed in) and watches its console unless `watch` is false; `consoles`
 * collects what the watched pages logged as errors.
 */
function browserSession() {
  const state: { server?: Server; browser?: Browser } = {};
  const consoles: string[][] = [];
  beforeAll(async () => {
    // Each kept as soon as it is up, so that afterAll stops the one that started when the other failed.
    const [server, browser] = await Promise.allSettled([startServer().then((v) => (state.server = v)), launch().then((v) => (state.browser = v))]);
    for (const started of [server, browser]) if (started.status === "rejected") throw started.reason;
  }, 150_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
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
