/**
 * The hash chain over the journal (SEC Rule 17a-4's audit trail): each row's hash covers its
 * own fields and the hash of the row before it, so a changed, inserted or deleted row breaks
 * the chain from that row on.
 */
import { hash } from "node:crypto";

export const GENESIS = "0".repeat(64);

export interface ChainedFields {
  readonly seq: number;
  readonly command: number;
  readonly at: number;
  readonly account: string;
  readonly asset: string;
  readonly amount: string;
  readonly memo: string | null;
}

/** Texts longer than this are recorded in the journal by their SHA-256 (a whole scenario, a long result). */
const RECORDED_WHOLE = 500;

/** A text by its SHA-256, as `sha256:HEX`. */
export function contentHash(text: string): string {
  return `sha256:${hash("sha256", text, "hex")}`;
}

/** The journal's record of a text kept outside the chain (a setting, a command's stored result): the text itself when short, else its SHA-256. */
export function textRecord(text: string): string {
  return text.length <= RECORDED_WHOLE ? text : contentHash(text);
}

/** The hash of a journal row following the row whose hash is `prev`. */
export function rowHash(prev: string, r: ChainedFields): string {
  return hash("sha256", `${prev}|${r.seq}|${r.command}|${r.at}|${r.account}|${r.asset}|${r.amount}|${r.memo ?? ""}`, "hex");
}
