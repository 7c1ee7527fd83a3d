import type { Capability } from "../roles.js";
import type { Session } from "../session.js";

/** What every page gets: the rest of the address, the session and what its role may do. */
export interface PageProps {
  readonly args: readonly string[];
  readonly session: Session;
  readonly may: (capability: Capability) => boolean;
}
