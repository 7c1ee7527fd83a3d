/**
 * API tokens: random, shown once, stored as their SHA-256 (a token is 256 random bits, so a plain
 * hash is enough: there is nothing to guess). The first admin token is made on the first start,
 * or taken from RIGHTSPLAN_ADMIN_TOKEN.
 */
import { createHash, randomBytes } from "node:crypto";
import { conflict } from "./httpErrors.js";
import { isConflict, nowText, type ServerDb } from "./db.js";
import type { Role } from "./roles.js";

export interface TokenOwner {
  readonly name: string;
  readonly role: Role;
  readonly holder: string | null;
}

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const newToken = (): string => `rp_${randomBytes(32).toString("base64url")}`;

/** Stores a token for `owner`; refuses a name already in use. */
export async function addToken(db: ServerDb, owner: TokenOwner, token: string = newToken()): Promise<string> {
  try {
    await db.insertInto("server_tokens").values({ name: owner.name, hash: hashToken(token), role: owner.role, holder: owner.holder, created_at: nowText() }).execute();
  } catch (e) {
    if (isConflict(e)) throw conflict(`a token named "${owner.name}" exists (or this token is in use): revoke it first`);
    throw e;
  }
  return token;
}

/** The owner of a token, or undefined for an unknown one. */
export async function ownerOf(db: ServerDb, token: string): Promise<TokenOwner | undefined> {
  const row = await db.selectFrom("server_tokens").select(["name", "role", "holder"]).where("hash", "=", hashToken(token)).executeTakeFirst();
  return row ? { name: row.name, role: row.role as Role, holder: row.holder } : undefined;
}

/**
 * The first admin token: RIGHTSPLAN_ADMIN_TOKEN when given (stored if new), else a fresh one when
 * the database has no admin yet. Returns the token to print, or null when there is nothing to say.
 */
export async function firstAdminToken(db: ServerDb, fromEnvironment: string | undefined): Promise<{ token: string; made: boolean } | null> {
  if (fromEnvironment) {
    if (await ownerOf(db, fromEnvironment)) return null;
    const name = (await db.selectFrom("server_tokens").select("name").where("name", "=", "admin").executeTakeFirst()) ? `admin-${Date.now()}` : "admin";
    await addToken(db, { name, role: "admin", holder: null }, fromEnvironment);
    return { token: fromEnvironment, made: false };
  }
  const admin = await db.selectFrom("server_tokens").select("name").where("role", "=", "admin").executeTakeFirst();
  if (admin) return null;
  return { token: await addToken(db, { name: "admin", role: "admin", holder: null }), made: true };
}
