/**
 * Plain-text renderings of the analyses for a terminal. Pure: analysis in, text out.
 */
import { dec } from "../numbers/decimal.js";
import { thousands } from "../numbers/thousands.js";
import { percentText } from "../numbers/readableText.js";
import type { DilutionAnalysis, DilutionScenario, Explanation, PartyRow } from "./dilution.js";
import { money } from "./price.js";
import type { SweepResult } from "./sweep.js";

/** "$1,234,567.89" (cents, rounded half up), or "—". */
export function dollars(value: string | null): string {
  if (value === null) return "—";
  const d = dec(value);
  const [int, frac] = d.abs().toFixed(2).split(".");
  return `${d.isNeg() && !d.toDecimalPlaces(2).isZero() ? "-" : ""}$${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

/** "27,037,814", or "—". */
export function shares(value: number | null): string {
  return value === null ? "—" : thousands(value);
}

/**
 * An explanation's result as people read it, exact: a count with separators, dollars with "$" and
 * separators, a percentage with "%"; null when there is none (the formula says why).
 */
function explanationResult(e: Explanation): string | null {
  if (e.value === null) return null;
  if (typeof e.value === "number") return shares(e.value);
  if (e.unit === "dollars") return money(dec(e.value));
  return e.unit === "percent" ? `${e.value}%` : e.value;
}

/** " = RESULT" after an explanation's formula, or nothing when it has no result. */
export function explanationTail(e: Explanation): string {
  const result = explanationResult(e);
  return result === null ? "" : ` = ${result}`;
}

/**
 * "15.1639%", or "—": 4 places, cut and not rounded, as in the CLI's text answer (a Person at
 * 14.99999% reads 14.9999%, never 15.0000%).
 */
export function percent(value: string | null): string {
  return value === null ? "—" : `${percentText(value)}%`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

export function partyCells(p: PartyRow): string[] {
  return [
    p.person,
    `${shares(p.rights)}${p.rightsVoid ? " void" : ""}`,
    shares(p.sharesBefore),
    percent(p.percentBefore),
    shares(p.sharesAfter),
    percent(p.percentAfter),
    dollars(p.valueBefore),
    dollars(p.valueAfter),
    dollars(p.netChange),
  ];
}

export const PARTY_HEAD = ["holder", "Rights", "shares before", "%", "shares after", "%", "value before", "value after", "net change"];

function scenarioText(s: DilutionScenario): string[] {
  const out = [s.title, ""];
  out.push(...table(PARTY_HEAD, s.parties.map(partyCells), [false, true, true, true, true, true, true, true, true]).map((l) => "  " + l));
  out.push("");
  const paid = s.cashPaidTo === "company" ? `cash paid to the Company ${dollars(s.cashPaidToCompany)}` : `cash paid to the Principal Party ${dollars(s.cashPaidOnExercise)}`;
  out.push(`  ${s.security === "common" ? "new shares" : "new Principal Party shares"} ${shares(s.newShares)}${s.commonEquivalents ? ` (${shares(s.newCommonShares)} Common Stock, ${shares(s.commonEquivalents)} equivalents for the shortfall)` : ""}; shares after ${shares(s.sharesAfter)}; ${paid}`);
  out.push(`  cash in lieu of fractions (R-14): ${dollars(s.cashInLieu.total)} for ${s.cashInLieu.fractionalShares} fractional shares at ${s.cashInLieu.price === null ? "—" : "$" + s.cashInLieu.price} (${s.cashInLieu.priceBasis})`);
  if (s.kind !== "flip-over") {
    const auth =
      s.authorizedSuffices === null
        ? "not given: assumed to suffice (R-11a-iii)"
        : s.authorizedSuffices
          ? `suffices (${shares(s.authorizedAvailable)} unissued of ${shares(s.authorizedCommon)})`
          : `falls ${shares(s.authorizedShortfall)} shares short (${shares(s.authorizedAvailable)} unissued of ${shares(s.authorizedCommon)}) (R-11a-iii)`;
    out.push(`  authorised Common Stock: ${auth}`);
  }
  if (s.spreadPerRight !== null) out.push(`  Spread per Right (${s.kind === "flip-over" ? "R-13" : "R-11a-iii"}): ${dollars(s.spreadPerRight)}${s.substituteValueOwed ? `; owed in substitute value on the Rights exercised: ${dollars(s.substituteValueOwed)}` : ""}`);
  if (s.valuePerShareAfter !== null) out.push(`  value per share: ${dollars(s.valuePerShareBefore)} before, $${dec(s.valuePerShareAfter).toFixed(4)} after`);
  if (s.acquirer) {
    const a = s.acquirer;
    out.push(`  ${a.person}${a.members.length > 1 ? ` (with ${a.members.filter((m) => m !== a.person).join(", ")})` : ""}: ${percent(a.percentBefore)} -> ${percent(a.percentAfter)}; loses ${dollars(a.lossDollars)} (${percent(a.lossPercent)} of ${dollars(a.valueBefore)})`);
  }
  if (s.check) out.push(`  check: the engine's own exchange leaves ${shares(s.check.engineSharesOutstanding)} shares outstanding (${s.check.matches ? "matches" : "DIFFERS"})`);
  out.push("  how:");
  for (const e of s.explain) out.push(`    ${e.rule.padEnd(16)} ${e.quantity} = ${e.formula}${explanationTail(e)}`);
  for (const n of s.notes) out.push(`  note: ${n}`);
  return out;
}

/** The dilution analysis for a terminal. */
export function formatDilution(a: DilutionAnalysis, title: string): string {
  const out = [`${title}: dilution of a Triggering Event`, `${a.company}, plan ${a.planVersion}`, `analysed: ${a.base}`];
  out.push(`market price P: ${a.marketPrice ? `$${a.marketPrice.price} (${a.marketPrice.basis})` : "none (give --price)"}; exercise rate ${a.exerciseRate}`);
  out.push(`value model: ${a.valueModel}`, "");
  for (const s of a.scenarios) out.push(...scenarioText(s), "");
  for (const n of a.notApplicable) out.push(`not applicable: ${n.kind} (${n.rule}): ${n.reason}`);
  if (a.openQuestions.length) out.push("", "open questions:", ...a.openQuestions.map((q) => `  - ${q}`));
  if (a.errors.length) out.push("", "errors in the scenario (the analysis covers the events before them):", ...a.errors.map((e) => `  - event ${e.event} (${e.rule}): ${e.message}`));
  return out.join("\n");
}

/** The sweep for a terminal: the summary and, for a short sweep, every point. */
export function formatSweep(r: SweepResult, title: string, maxRows = 60): string {
  const out = [`${title}: sweep of ${r.param} (${r.mode}) from ${r.from} to ${r.to} by ${r.step}: ${r.points.length} point${r.points.length === 1 ? "" : "s"} in ${Math.round(r.elapsedMs)} ms`, ""];
  out.push("summary:", ...r.summary.text.map((t) => `  ${t}`));
  if (r.summary.transitions.length) {
    out.push("", `changes (${r.summary.transitionCount}${r.summary.transitionCount > r.summary.transitions.length ? `, first ${r.summary.transitions.length}` : ""}):`);
    for (const t of r.summary.transitions) out.push(`  ${t.metric}: ${JSON.stringify(t.from)} at ${t.after} -> ${JSON.stringify(t.to)} at ${t.at}`);
  }
  const rows = r.points.length <= maxRows ? r.points : [];
  if (rows.length) {
    out.push("");
    const head = [r.param, ...r.metrics, "error"];
    const cells = rows.map((p) => [String(p.x), ...r.metrics.map((m) => (p.metrics[m] === null ? "—" : String(p.metrics[m]))), p.error ?? ""]);
    out.push(...table(head, cells, head.map((_, i) => i === 0)));
  } else out.push("", `(${r.points.length} points: use --out FILE.csv, .xlsx or .json, or --json, for every point)`);
  return out.join("\n");
}
