/**
 * The browser tests' session: one server and one browser per test file (support.ts, which a
 * benchmark can use outside vitest too, has the parts).
 */
import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, signIn, startServer, watchConsole, type Server } from "./support.js";

/**
 * One server and one browser for a file's tests: `pageAs(role)` opens a fresh context signed in
 * as that role (null: not signed in) and watches its console unless `watch` is false; `consoles`
 * collects what the watched pages logged as errors.
 */
export function browserSession() {
  const state: { server?: Server; browser?: Browser } = {};
  const consoles: string[][] = [];
  beforeAll(async () => {
    [state.server, state.browser] = await Promise.all([startServer(), launch()]);
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
