/**
 * The server: fastify with the routes of routes.ts, each checked for its roles, its input read by
 * the same zod schemas as the CLI, writes audited, evaluations and analyses on worker threads.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import helmet from "@fastify/helmet";
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import type { z } from "zod";
import { issuesOf } from "../errors.js";
import { HttpError, errorBody, handleError } from "./httpErrors.js";
import { errorSchema } from "./schemas.js";
import { openServerDb, withSqliteFolder, type ServerDb } from "./db.js";
import { audit } from "./audit.js";
import { createPool, type Pool } from "./pool.js";
import { Jobs, type JobWork } from "./jobs.js";
import { ownerOf, firstAdminToken, type TokenOwner } from "./tokens.js";
import { ROUTES, methodsAt, type RouteId, type RouteSpec } from "./routes.js";
import { addedPlans } from "./planStore.js";
import type { PlanLibrary } from "./planRefs.js";
import { handlers, jobWork } from "./handlers.js";
import { loadDemoScenarios } from "./demo.js";
import { serveWorkbench } from "./workbench.js";
import { closeRegister, openRegister, type Register } from "../register/index.js";
import { parseJsonExactly } from "../terms/load.js";

export interface ServerOptions {
  /** `sqlite:PATH`, a path or `postgres://…`: the server's tables and the register, in one database. */
  readonly db: string;
  /** RIGHTSPLAN_ADMIN_TOKEN: the first admin token. */
  readonly adminToken?: string;
  /** Requests per minute per token (or address without one); default 600. */
  readonly rateLimit?: number;
  /** Origins allowed to call the API from a browser; default none (CORS closed). */
  readonly corsOrigins?: readonly string[];
  /** Worker threads for evaluations and analyses. */
  readonly threads?: number;
  /** A folder of scenario files saved as demo scenarios when the database has none. */
  readonly demoDir?: string;
  readonly logger?: boolean;
}

/** What the handlers work with. */
export interface ServerContext {
  readonly db: ServerDb;
  readonly pool: Pool;
  readonly jobs: Jobs;
  readonly register: Register;
  /** The plans added to the server (kept in memory; reloaded after an add). */
  plans(): Promise<PlanLibrary>;
  plansChanged(): void;
}

export type Handler = (request: FastifyRequest, reply: FastifyReply, context: ServerContext) => Promise<unknown>;

declare module "fastify" {
  interface FastifyRequest {
    owner?: TokenOwner;
  }
  interface FastifyContextConfig {
    spec?: RouteSpec;
  }
}

export interface BuiltServer {
  readonly app: FastifyInstance;
  /** The first admin token, when this start made one (print it once). */
  readonly firstToken: { token: string; made: boolean } | null;
  /** Where the database is, without a password. */
  readonly location: string;
}

const MiB = 1024 * 1024;
/** The longest path parameter the router passes to a route's schema: a holder's id of 200 characters, each %-escaped UTF-8 of up to 4 bytes (12 characters). */
const LONGEST_PATH_PARAMETER = 200 * 12;

/** A request's part refused by its schema, with its verb: "the request's params are not valid". */
const PART_WORDS: Record<string, string> = { body: "body is", params: "params are", querystring: "query string is", headers: "headers are" };

export async function buildServer(options: ServerOptions): Promise<BuiltServer> {
  // The register first: a database it cannot open (no PostgreSQL server, a file that is no SQLite
  // database) is refused there in a sentence, before the server's own connections try it.
  const register = await openRegister(withSqliteFolder(options.db));
  const db = await openServerDb(options.db);
  const pool = createPool(options.threads);
  let plans: Promise<PlanLibrary> | undefined;
  // A URL the router cannot read (a broken %-escape) is refused in the API's error shape, and a
  // path parameter is read by its route's schema, which names the field and its own limit (a
  // holder's id: 200 characters), not cut off first by the router's default of 100 (414, in
  // fastify's own shape).
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: MiB, return503OnClosing: true, routerOptions: { maxParamLength: LONGEST_PATH_PARAMETER }, frameworkErrors: handleError });
  const work = (kind: string): JobWork | undefined => {
    const w = jobWork[kind as keyof typeof jobWork];
    return w && ((input, job) => w(input as never, job, context));
  };
  const jobs = new Jobs(db, work, (e) => app.log.error({ err: e }, "internal error in a job"));
  const context: ServerContext = {
    db,
    pool,
    jobs,
    register,
    plans: () => (plans ??= addedPlans(db)),
    plansChanged: () => (plans = undefined),
  };

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0]!;
    const allowed = methodsAt(path);
    // A path of the API asked with a method it does not answer: 405 with the methods it does (RFC 9110 §15.5.6).
    if (allowed.length) return reply.code(405).header("allow", allowed.join(", ")).send(errorBody("method-not-allowed", `${request.method} ${path} is not a route: ${path} answers ${allowed.join(", ")}`));
    return reply.code(404).send(errorBody("not-found", `no route ${request.method} ${path}`));
  });
  app.setValidatorCompiler(({ schema, httpPart }) => (data) => {
    const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new HttpError(400, "invalid-input", `the request's ${PART_WORDS[httpPart ?? "body"] ?? `${httpPart} is`} not valid`, issuesOf(result.error)) };
  });
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.addContentTypeParser("text/csv", { parseAs: "string" }, (_request, body, done) => done(null, body));
  // JSON bodies with their numbers exact (a close of 12345678901234567890.5 is not rounded): fastify's
  // own parser checks the text first (syntax, __proto__ and constructor keys), then it is read exactly.
  const checkJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) =>
    checkJson(request, String(body), (error: Error | null) => {
      if (error) return done(error, undefined);
      try {
        done(null, parseJsonExactly(String(body)));
      } catch (e) {
        done(e as Error, undefined); // a key written twice (InputError: 400, naming its line)
      }
    }),
  );

  // helmet's defaults, but for `upgrade-insecure-requests`: the server speaks plain HTTP, and a
  // browser told to fetch the workbench's scripts over HTTPS from any address but the loopback's
  // shows a blank page.
  await app.register(helmet, { global: true, contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
  await app.register(cors, { origin: options.corsOrigins?.length ? [...options.corsOrigins] : false });
  await app.register(rateLimit, {
    global: true,
    max: options.rateLimit ?? 600,
    timeWindow: "1 minute",
    // The token itself, not the header's spelling ("bearer", more spaces), which would give one token many allowances.
    keyGenerator: (request) => bearerToken(request) ?? request.ip,
    errorResponseBuilder: (_request, c) => new HttpError(429, "rate-limited", `too many requests: at most ${c.max} a minute; try again in ${c.after}`),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: "rightsplan", description: "A shareholder rights plan as executable, self-explaining code: the server's API. See docs/api.md.", version: "0.1.0" },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/docs", staticCSP: true });

  app.addHook("onRequest", async (request) => authorize(request, db));
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.routeOptions.config.spec?.write) await audit(db, request, reply.statusCode);
    return payload;
  });
  app.addHook("onClose", async () => {
    await jobs.stop();
    await pool.close();
    await db.destroy();
    await closeRegister(register);
  });

  for (const [id, spec] of Object.entries(ROUTES) as [RouteId, RouteSpec][]) addRoute(app, id, spec, context);
  await serveWorkbench(app);
  app.get("/openapi.json", { config: { spec: ROUTES.openapi }, schema: { hide: true } }, async () => app.swagger());

  const firstToken = await firstAdminToken(db, options.adminToken);
  if (options.demoDir) await loadDemoScenarios(db, options.demoDir);
  await app.ready();
  await jobs.resume();
  return { app, firstToken, location: register.location };
}

/** Registers a route of the table with its handler; the evaluate route reads its body as bytes (parsed on a worker). */
function addRoute(app: FastifyInstance, id: RouteId, spec: RouteSpec, context: ServerContext): void {
  if (id === "openapi") return;
  const handler = handlers[id as keyof typeof handlers] as Handler;
  const route = {
    method: spec.method,
    url: spec.url,
    bodyLimit: spec.bodyLimit,
    config: { spec },
    schema: definedOnly({
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.roles === "public" ? { security: [] } : { description: `Roles: ${spec.roles.join(", ")}.` }),
      params: spec.params,
      querystring: spec.querystring,
      headers: spec.headers,
      body: spec.body,
      response: responsesOf(spec),
      ...(spec.consumes ? { consumes: [spec.consumes] } : {}),
      ...(spec.produces ? { produces: spec.produces.split(", ") } : {}),
    }),
    handler: (request: FastifyRequest, reply: FastifyReply) => handler(request, reply, context),
  };
  if (id !== "evaluate") {
    app.route(route);
    return;
  }
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(["application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/plain"], { parseAs: "buffer", bodyLimit: spec.bodyLimit }, (_r, body, done) => done(null, body));
    scope.route({ ...route, schema: { ...route.schema, consumes: ["application/json", "application/yaml"] } });
  });
}

/** The route's answers with the refusals any route may give: 429 past the rate limit; with a token, 401 and 403; with any input read by a schema, 400; with a body, 413. */
function responsesOf(spec: RouteSpec): RouteSpec["response"] {
  if (!spec.response) return undefined;
  const readsInput = spec.params || spec.querystring || spec.headers || spec.body;
  const refusals = [429, ...(spec.roles === "public" ? [] : [401, 403]), ...(readsInput ? [400] : []), ...(spec.body ? [413] : [])];
  return { ...spec.response, ...Object.fromEntries(refusals.map((status) => [status, errorSchema])) };
}

/** The object without its undefined fields (fastify takes a present key for a schema). */
const definedOnly = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The token of `Authorization: Bearer <token>` (the scheme's name in any case, as RFC 9110 allows). */
const bearerToken = (request: FastifyRequest): string | undefined => /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];

/** 401 without a known token, 403 for a role the route does not allow. */
async function authorize(request: FastifyRequest, db: ServerDb): Promise<void> {
  const spec = request.routeOptions.config?.spec;
  if (!spec || spec.roles === "public") return;
  const token = bearerToken(request);
  if (!token) throw new HttpError(401, "unauthenticated", "this route needs a token: Authorization: Bearer <token>");
  const owner = await ownerOf(db, token);
  if (!owner) throw new HttpError(401, "unauthenticated", "unknown or revoked token");
  request.owner = owner;
  if (!spec.roles.includes(owner.role)) throw new HttpError(403, "forbidden", `the ${owner.role} role may not ${spec.method} ${spec.url} (allowed: ${spec.roles.join(", ")})`);
}
