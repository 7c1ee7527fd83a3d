/** The Rights Agents' sessions (test/support/registerSessions.ts) on SQLite, the embedded default. */
import { sessionsOn } from "./support/registerSessions.js";

sessionsOn("sqlite");
