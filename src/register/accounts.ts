/**
 * The accounts of the journal. Each holder of record has one account (`@id`) holding shares,
 * valid Rights, void Rights, cash, Preferred and certificates; the other accounts are the other
 * side of each entry: what the Company issued, where ended Rights went, where cash came from.
 */
import type { Dec } from "../numbers/decimal.js";

export const holderAccount = (holder: string): string => `@${holder}`;
export const isHolderAccount = (account: string): boolean => account.startsWith("@");
export const holderOf = (account: string): string => account.slice(1);

export const ACCOUNTS = {
  /** Shares, Rights, Preferred and certificates put out by the Company (negative balances). */
  issuer: "issuer",
  /** Common Stock and Preferred issued to holders who exercise (R-7a, R-11a-ii). */
  issuedOnExercise: "issued-on-exercise",
  /** Common Stock issued in exchange for Rights. */
  issuedOnExchange: "issued-on-exchange",
  exercised: "exercised",
  redeemed: "redeemed",
  exchanged: "exchanged",
  expired: "expired",
  /** The clearing account through which valid Rights become void (R-7e) and back. */
  voiding: "voiding",
  purchasePrice: "purchase-price",
  redemption: "redemption",
  cashInLieu: "cash-in-lieu",
  /** Surrendered and cancelled certificates. */
  surrendered: "surrendered",
  /** Exchange shares held in trust for the holders (R-24, as Selectica did in 2009). */
  trust: "trust",
  engine: "engine",
  register: "register",
} as const;

export type Asset = "shares" | "rights" | "void" | "cash" | "preferred" | "certificates" | "trust-claims" | "principal-party-common" | JournalRecord;

/** What the journal records without moving anything: a command, a ruling of the engine, the settings a command wrote, the result it stored. */
export type JournalRecord = "command" | "ruling" | "setting" | "result";
export const isRecord = (asset: string): asset is JournalRecord => asset === "command" || asset === "ruling" || asset === "setting" || asset === "result";

/** The assets the control book keeps (commands, rulings, settings and results are journal records only). */
export const ALL_ASSETS: readonly Asset[] = ["shares", "rights", "void", "cash", "preferred", "certificates", "trust-claims", "principal-party-common"];

/** Assets counted in whole units (shares, Rights, certificates). */
export const COUNTED: ReadonlySet<Asset> = new Set<Asset>(["shares", "rights", "void", "certificates", "trust-claims"]);

/** Cash is paid in cents: an amount owed (cash in lieu at a repeating Current Market Price) rounds half up to the cent. */
export const cents = (amount: Dec): Dec => amount.toDecimalPlaces(2);
