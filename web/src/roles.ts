/**
 * What each role may do, as the workbench shows it: a page or a button the role may not use is
 * not drawn. The role groups are the server's own (src/server/roles.ts), the ones its routes
 * declare; the server refuses such requests anyway (403), this keeps the screen honest.
 */
import { ADMIN, ANALYSTS, BOARD, EVERY_ROLE, READERS, REGISTER_WRITERS, SCENARIO_WRITERS, type Role } from "../../src/server/roles.js";

export type { Role };

const CAPABILITIES = {
  /** Plans, saved scenarios, evaluations, register reports (GET /api/plans, POST /api/evaluate, ...). */
  read: READERS,
  /** Save scenarios and plans, import prices. */
  "write-scenarios": SCENARIO_WRITERS,
  /** Add Board actions to a scenario. */
  "board-actions": BOARD,
  /** Dilution, sweeps, charts, memos, the reader. */
  analyses: ANALYSTS,
  /** Register commands that write. */
  "register-write": REGISTER_WRITERS,
  /** Holders of record (a holder token sees its own). */
  positions: EVERY_ROLE,
  /** Tokens and the audit trail. */
  admin: ADMIN,
} as const;

export type Capability = keyof typeof CAPABILITIES;

export function may(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

export interface Page {
  readonly path: string;
  readonly label: string;
  readonly needs: Capability;
}

/** The pages in the navigation, each with what it needs. */
export const PAGES: readonly Page[] = [
  { path: "plans", label: "Plans", needs: "read" },
  { path: "workbench", label: "Scenario workbench", needs: "read" },
  { path: "compare", label: "Compare scenarios", needs: "read" },
  { path: "memo", label: "Memo", needs: "analyses" },
  { path: "reader", label: "Reader", needs: "analyses" },
  { path: "register", label: "Register", needs: "positions" },
];

export const pagesFor = (role: Role): Page[] => PAGES.filter((p) => may(role, p.needs));
