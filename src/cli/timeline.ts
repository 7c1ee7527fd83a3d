/**
 * The human-readable answer: the timeline of findings, each with its rule and section, then the
 * state of the Rights as of the answer's instant, then any errors and warnings. Pure: answer in, text out.
 * Counts have thousands separators, percentages 4 places, Persons their names where the
 * scenario gives them (the JSON answer keeps the exact values and the ids).
 */
import type { Answer, AnswerError } from "../engine/answer.js";
import { countText, findingText, percentText } from "../numbers/readableText.js";
import { personText, quantityText, redeemableText } from "./textFormat.js";

const ruleWidth = 18;

function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function line(label: string, value: string | number | boolean | null): string {
  return `  ${(label + ":").padEnd(24)} ${value === null ? "—" : typeof value === "number" ? countText(value) : String(value)}`;
}

export function formatError(e: AnswerError): string {
  const where = e.event === null ? "scenario" : `event ${e.event}`;
  const field = e.field ? `, field ${e.field}` : "";
  return `${where} (${e.rule}${e.section ? `, Section ${e.section}` : ""}${field}): ${e.message}`;
}

/** The timeline and state of an answer, for a terminal: its lines, one at a time (a million findings make a million lines). */
export function* timelineLines(answer: Answer, title: string, names: ReadonlyMap<string, string> = new Map()): Generator<string> {
  yield* [`${title}`, `plan ${answer.planVersion}, as of ${answer.asOf}`, "", "Timeline (New York time)"];
  for (const f of answer.trace) {
    const event = f.event === null ? "    " : `#${String(f.event).padEnd(3)}`;
    yield `  ${when(f.at)}  ${event} ${`${f.rule} §${f.section}`.padEnd(ruleWidth + 10)} ${findingText(f.finding)}`;
  }
  yield* stateLines(answer, names);
}

/** Why a Distribution Date the events had fixed never came: the Rights ended first while they still traded with the shares. */
function distributionNotReached(answer: Answer): string {
  const ended = { redeemed: "redeemed", exchanged: "exchanged", expired: "expired" } as const;
  if (answer.rightsPerShare === null || !(answer.status in ended)) return "";
  return `; never reached: the Rights were ${ended[answer.status as keyof typeof ended]} before it`;
}

/** The state of the Rights as of the answer's instant, then any errors. */
function stateLines(answer: Answer, names: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  out.push("", `State of the Rights as of ${answer.asOf}`);
  out.push(line("Status", answer.status));
  out.push(line("Shares outstanding", answer.sharesOutstanding));
  out.push(line("Rights outstanding", `${countText(answer.rightsOutstanding)} (${countText(answer.voidRights)} void)`));
  out.push(line("Acquiring Persons", answer.acquiringPersons.map((p) => personText(p, names)).join(", ") || "none"));
  out.push(line("Beneficial Owners", answer.beneficialOwnership.length ? "" : "none named").trimEnd());
  for (const o of answer.beneficialOwnership) out.push(line(`  ${personText(o.person, names)}`, `${countText(o.shares)} shares, ${percentText(o.percent)}%`));
  out.push(line("Stock Acquisition Date", answer.stockAcquisitionDate));
  out.push(line("Distribution Date", answer.distributionDate && `${answer.distributionDate} (${answer.distributionDateProng}${distributionNotReached(answer)})`));
  out.push(line("Exercisable", answer.exercisable));
  out.push(line("Redeemable", redeemableText(answer.redeemable, answer.status, answer.redemptionDeadline, answer.asOf)));
  out.push(line("Exchange available", answer.exchangeAvailable));
  if (answer.flipIn) out.push(line("Flip-in", `${answer.flipIn.at}: ${answer.flipIn.sharesPerRight} shares per Right at CMP $${answer.flipIn.currentMarketPrice}`));
  if (answer.flipOver) out.push(line("Flip-over", `${answer.flipOver.at}: ${answer.flipOver.sharesPerRight} Principal Party shares per Right`));
  const e = answer.entitlementPerRight;
  out.push(line("Each valid Right", e ? `pays $${e.pay}, receives ${e.receive.map((r) => quantityText(r.quantity, r.security)).join(" + ")}` : "nothing (expired)"));
  if (answer.errors.length) {
    out.push("", "Errors (evaluation stopped there; the state above is for the events before)");
    for (const err of answer.errors) out.push(`  ${formatError(err)}`);
  }
  if (answer.warnings.length) {
    out.push("", "Warnings (the answer relies on these; they change nothing)");
    for (const w of answer.warnings) out.push(`  ${w.rule}${w.event === null ? "" : ` event ${w.event}`}: ${w.message}`);
  }
  return out;
}
