/**
 * The signed-in session: the token (kept for this browser tab only) and who the server says it
 * belongs to (`GET /api/me`: name and role).
 */
import { getJson, useToken } from "./api.js";
import type { Role } from "./roles.js";

export interface Session {
  readonly token: string;
  readonly name: string;
  readonly role: Role;
}

const KEY = "rightsplan.token";

export async function signIn(token: string): Promise<Session> {
  useToken(token);
  try {
    const me = await getJson<{ name: string; role: Role }>("/api/me");
    sessionStorage.setItem(KEY, token);
    return { token, name: me.name, role: me.role };
  } catch (e) {
    useToken(null);
    throw e;
  }
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  useToken(null);
}

export const savedToken = (): string | null => sessionStorage.getItem(KEY);
