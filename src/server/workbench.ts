/**
 * The web workbench (issue 12): the files `npm run build` writes to dist/web, served at `/` with
 * @fastify/static. Without a build there is nothing to serve and the API runs alone.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";

/** dist/web beside dist/server (the built package), whether run from dist/ or from src/ by tsx. */
export const WORKBENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../dist/web");

export async function serveWorkbench(app: FastifyInstance, dir = WORKBENCH_DIR): Promise<boolean> {
  if (!existsSync(join(dir, "index.html"))) return false;
  await app.register(fastifyStatic, { root: dir, prefix: "/", index: ["index.html"], wildcard: false });
  return true;
}
