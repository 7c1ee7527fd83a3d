/** Each route's handler, by the route's id in routes.ts (the app refuses to start with one missing). */
import type { Handler } from "./app.js";
import type { RouteId } from "./routes.js";
import * as admin from "./handlers/admin.js";
import * as plans from "./handlers/plans.js";
import * as scenarios from "./handlers/scenarios.js";
import * as analyses from "./handlers/analyses.js";
import * as reader from "./handlers/reader.js";
import * as jobs from "./handlers/jobs.js";
import * as register from "./handlers/register.js";

export const handlers: Record<Exclude<RouteId, "openapi">, Handler> = {
  health: admin.health,
  me: admin.me,
  evaluate: scenarios.evaluateBody,
  "tokens.create": admin.createToken,
  "tokens.list": admin.listTokens,
  "tokens.delete": admin.deleteToken,
  "plans.list": plans.listPlans,
  "plans.schema": plans.planSchemaDocument,
  "plans.show": plans.showPlan,
  "plans.terms": plans.planTerms,
  "plans.add": plans.addPlan,
  "plans.diff": plans.diffPlans,
  "plans.describe": plans.describe,
  "scenarios.list": scenarios.list,
  "scenarios.schema": scenarios.schema,
  "scenarios.save": scenarios.save,
  "scenarios.get": scenarios.get,
  "scenarios.versions": scenarios.versions,
  "scenarios.update": scenarios.update,
  "scenarios.delete": scenarios.remove,
  "scenarios.boardActions": scenarios.boardActions,
  "scenarios.prices": scenarios.prices,
  "scenarios.evaluate": scenarios.evaluateSaved,
  "scenarios.compare": scenarios.compare,
  "analyses.dilution": analyses.dilution,
  "analyses.sweep": analyses.sweep,
  "analyses.chart": analyses.chart,
  "analyses.memo": analyses.memo,
  "reader.read": reader.read,
  "reader.save": reader.saveRead,
  "reader.table": reader.readTable,
  "reader.tableFile": reader.tableFile,
  ...register.registerHandlers,
  "register.positions": register.positions,
  "register.holder": register.holder,
  "jobs.list": jobs.list,
  "jobs.get": jobs.get,
  "jobs.events": jobs.events,
  "audit.list": admin.auditTrail,
};

/** The work of each kind of job. */
export const jobWork = {
  sweep: analyses.runSweep,
  "read-table": reader.runReadTable,
  register: register.runRegisterJob,
};
