/** Figures as people read them: thousands separators, sensible places, dates without noise. */
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function shares(n: number | string | null | undefined): string {
  if (n === null || n === undefined || n === "") return "—";
  return whole.format(Number(n));
}

/** A decimal string with separators, at most `places` places and at least `least` (exact digits kept). */
export function decimal(text: string | number | null | undefined, places = 4, least = 0): string {
  if (text === null || text === undefined || text === "") return "—";
  const [int, frac = ""] = String(text).split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const grouped = whole.format(BigInt(int.replace("-", "") || "0"));
  const cut = frac.slice(0, places).replace(/0+$/, "").padEnd(least, "0");
  return `${sign}${grouped}${cut ? "." + cut : ""}`;
}

/**
 * A percentage cut (never rounded) to 4 places, as the CLI prints one (percentText): cut to 2, a
 * holder's 84.836052% read 84.83% beside the chart's 84.84% and the CLI's 84.8360% (web2).
 */
export const percent = (text: string | null | undefined): string => (text === null || text === undefined ? "—" : `${decimal(text, 4)}%`);
export const dollars = (text: string | null | undefined): string => (text === null || text === undefined ? "—" : String(text).startsWith("-") ? `-$${decimal(String(text).slice(1), 4, 2)}` : `$${decimal(text, 4, 2)}`);
