/**
 * Names and states in the text output, for people: Persons by name, terms in words, the redemption
 * window (numbers for people: ../numbers/readableText.ts). The JSON output keeps the exact values.
 */
export { quantityText } from "../agreement/exercise.js";

/** "Bidder Holdings LLC (bidder)" where the scenario names the Person, else its id. */
export function personText(id: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(id);
  return name ? `${name} (${id})` : id;
}

/**
 * The redemption line: whether the Rights can be redeemed, and whether the window closes
 * or has closed as of the answer's instant; after a redemption or an exchange of every valid Right, that it happened.
 */
export function redeemableText(redeemable: boolean, status: string, deadline: string | null, asOf: string): string {
  if (status === "redeemed" || status === "exchanged") return `${redeemable} (the Rights have been ${status})`;
  if (deadline === null) return String(redeemable);
  return `${redeemable} (window ${Date.parse(deadline) <= Date.parse(asOf) ? "closed" : "closes"} ${deadline})`;
}
