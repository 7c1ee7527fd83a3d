/**
 * What each role may do (issue 11, "Access"), as the workbench shows it: a page or a button the
 * role may not use is not drawn. The server refuses such requests anyway (403); this only keeps
 * the screen honest about what the signed-in person can do.
 */
export type Role = "admin" | "agent" | "issuer" | "analyst" | "viewer" | "holder";

export type Capability =
  | "read-plans"
  | "add-plans"
  | "scenarios"
  | "board-actions"
  | "analyses"
  | "reader"
  | "register-read"
  | "register-write"
  | "own-positions"
  | "tokens";

const MAY: Record<Role, readonly Capability[]> = {
  admin: ["read-plans", "add-plans", "scenarios", "board-actions", "analyses", "reader", "register-read", "register-write", "tokens"],
  agent: ["read-plans", "register-read", "register-write"],
  issuer: ["read-plans", "scenarios", "board-actions", "analyses", "register-read"],
  analyst: ["read-plans", "add-plans", "scenarios", "analyses", "reader", "register-read"],
  viewer: ["read-plans", "register-read"],
  holder: ["own-positions"],
};

export const ROLES = Object.keys(MAY) as Role[];

export function may(role: Role, capability: Capability): boolean {
  return MAY[role].includes(capability);
}

export interface Page {
  readonly path: string;
  readonly label: string;
  readonly needs: Capability;
}

/** The pages in the navigation, each with what it needs. */
export const PAGES: readonly Page[] = [
  { path: "plans", label: "Plans", needs: "read-plans" },
  { path: "workbench", label: "Scenario workbench", needs: "scenarios" },
];

export const pagesFor = (role: Role): Page[] => PAGES.filter((p) => may(role, p.needs));
