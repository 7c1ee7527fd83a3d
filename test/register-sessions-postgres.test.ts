/** The Rights Agents' sessions (test/support/registerSessions.ts) on PostgreSQL, each on a database of its own, dropped at the end. */
import { afterAll } from "vitest";
import { dropTestDatabases } from "./support/registerDb.js";
import { sessionsOn } from "./support/registerSessions.js";

afterAll(dropTestDatabases, 120_000);
sessionsOn("postgres");
