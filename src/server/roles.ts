/**
 * Who may do what. Every route of the server names the roles allowed to call it (routes.ts);
 * a token carries one role. `admin` may call every route.
 */
export const ROLES = ["admin", "agent", "issuer", "analyst", "viewer", "holder"] as const;
export type Role = (typeof ROLES)[number];

/** What each role is for, in the words of the API's documentation. */
export const ROLE_PURPOSES: Record<Role, string> = {
  admin: "everything, including tokens",
  agent: "the Rights Agent: register commands (writes) and every read",
  issuer: "the Company: Board actions added to scenarios, and every read",
  analyst: "scenarios, plans, analyses and the reader; no register writes",
  viewer: "reads: plans, scenarios, evaluations, register reports",
  holder: "a holder of record: its own positions only",
};

/** Anyone with a token. */
export const EVERY_ROLE: readonly Role[] = ROLES;
/** Every role that may read plans, scenarios and register reports (not a holder). */
export const READERS: readonly Role[] = ["admin", "agent", "issuer", "analyst", "viewer"];
/** Roles that run analyses and the reader. */
export const ANALYSTS: readonly Role[] = ["admin", "analyst", "issuer"];
/** Roles that write scenarios and plans. */
export const SCENARIO_WRITERS: readonly Role[] = ["admin", "analyst"];
/** Roles that add Board actions to a scenario. */
export const BOARD: readonly Role[] = ["admin", "issuer"];
/** Roles that write the register. */
export const REGISTER_WRITERS: readonly Role[] = ["admin", "agent"];
/** Only the administrator. */
export const ADMIN: readonly Role[] = ["admin"];
