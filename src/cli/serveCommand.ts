/**
 * `rightsplan serve`: the HTTP server (src/server) on this machine. The embedded default is a
 * SQLite file under ./data (or `--db postgres://…`), the built-in plans and the repository's examples as demo scenarios.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { InputError } from "../errors.js";
import type { CliCall } from "./io.js";

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), "../../examples");

export function registerServeCommand(program: Command, call: CliCall): void {
  program
    .command("serve")
    .description("run the HTTP server: the API of docs/api.md, its OpenAPI page at /docs")
    .option("--port <port>", "the port to listen on", "3000")
    .option("--host <host>", "the address to listen on", "127.0.0.1")
    .option("--db <db>", "the database of the server and the register: sqlite:PATH, a path, or postgres://USER:PASSWORD@HOST/DB", "sqlite:data/rightsplan.db")
    .option("--cors <origins>", "origins allowed to call the API from a browser, comma-separated (default: none)")
    .option("--rate-limit <n>", "requests a minute per token (or per address without one)", "600")
    .addHelpText("after", "\nOn its first start the server prints an admin token; RIGHTSPLAN_ADMIN_TOKEN, when set, is that token instead.")
    .action(async (opts: { port: string; host: string; db: string; cors?: string; rateLimit: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port "${opts.port}" is not a port number`, []);
      const rateLimit = Number(opts.rateLimit);
      if (!Number.isSafeInteger(rateLimit) || rateLimit <= 0) throw new InputError(`--rate-limit "${opts.rateLimit}" is not a positive whole number`, []);
      // A `--db` URL of a kind rightsplan does not use (`mysql://…`) is refused before anything starts.
      (await import("../register/database.js")).parseDbRef(opts.db);
      const { buildServer } = await import("../server/app.js");
      const { app, firstToken, location } = await buildServer({
        db: opts.db,
        adminToken: call.env.RIGHTSPLAN_ADMIN_TOKEN || undefined,
        rateLimit,
        corsOrigins: opts.cors?.split(",").map((o) => o.trim()).filter(Boolean),
        demoDir: EXAMPLES,
        logger: false,
      });
      const address = await app.listen({ port, host: opts.host }).catch(async (e: unknown) => {
        await app.close();
        throw cannotListen(e, opts.host, port);
      });
      call.stdout(`rightsplan server on ${address} (API docs: ${address}/docs; database ${location})\n`);
      if (firstToken?.made) call.stdout(`first admin token (shown once, keep it): ${firstToken.token}\n`);
      else if (firstToken) call.stdout("admin token: the one in RIGHTSPLAN_ADMIN_TOKEN\n");
      const stop = () => void app.close().then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}

const LISTEN_REASONS: Record<string, string> = {
  EADDRINUSE: "it is in use (another program, or another rightsplan serve, listens there): stop it or choose another --port",
  EACCES: "permission denied (ports below 1024 need administrator rights): choose another --port",
  EADDRNOTAVAIL: "this machine has no such address: give one of its own with --host (127.0.0.1 by default)",
  ENOTFOUND: "there is no such host name: give an address of this machine with --host (127.0.0.1 by default)",
};

/** Why the server cannot listen at `host`:`port`, as input the user can fix; anything else unchanged. */
function cannotListen(e: unknown, host: string, port: number): unknown {
  const reason = LISTEN_REASONS[(e as NodeJS.ErrnoException).code ?? ""];
  return reason === undefined ? e : new InputError(`cannot listen on ${host} port ${port}: ${reason}`, []);
}
