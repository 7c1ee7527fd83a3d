/**
 * A dated memo a lawyer can file: the facts, the timeline with each finding's rule and section,
 * the state of the Rights, the dilution table, the charts and the open questions the engine could
 * not decide. Pure: a parsed scenario and a plan in, the memo's text (Markdown or HTML) and any
 * chart files out; the CLI writes them.
 */
import { answerOf, type Answer } from "../engine/answer.js";
import type { State } from "../engine/state.js";
import { RULES, type RuleId } from "../agreement/rules.js";
import type { TermName, TermValues } from "../terms/schema.js";
import type { ParsedScenario } from "../scenario/parse.js";
import type { ScenarioEvent } from "../scenario/schema.js";
import { basename } from "node:path";
import { formatNewYork, newYorkDateOf, parseEventInstant } from "../time/instant.js";
import { isIsoDate } from "../time/isoDate.js";
import { baseRun, type AnalysisOptions } from "./base.js";
import { dilutionChartOption, ownershipChartOption, renderSvg } from "./charts.js";
import { dilutionOf, type DilutionAnalysis, type DilutionOptions } from "./dilution.js";
import { dollars, percent, shares } from "./format.js";
import { dilutionSentences } from "./dilutionSentences.js";
import { findingText } from "../numbers/readableText.js";
import { dec, formatDecimal } from "../numbers/decimal.js";
import { ownershipTimeline, type OwnershipTimeline } from "./timeline.js";

export type ReportFormat = "md" | "html";

/** A rule id of rights-plan.md as the memo's text cites it: "R-11a-ii", "R-X11", "R-1a-repurchase". */
const RULE_ID = /\bR-[A-Za-z0-9]+(?:-[a-z0-9]+)*/g;

export interface ReportOptions extends AnalysisOptions, DilutionOptions {
  readonly format: ReportFormat;
  /** The memo's date (ISO); default today in New York. */
  readonly date?: string;
  /** The scenario file as the user named it. */
  readonly source: string;
  /** Charts inline (HTML: inline SVG; Markdown: data-URI images), as files to write beside the memo, or none. */
  readonly charts?: "inline" | "files" | "none";
  /** The file name stem for chart files ("memo" gives memo-ownership.svg). */
  readonly chartStem?: string;
  /** Counsel's heading: To, From and Re in place of the defaults, and the privilege legend above the memo. */
  readonly heading?: MemoHeading;
}

export interface MemoHeading {
  readonly to?: string;
  readonly from?: string;
  readonly re?: string;
  readonly privileged?: boolean;
}

export const PRIVILEGE_LEGEND = "PRIVILEGED AND CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION — ATTORNEY WORK PRODUCT";

export interface Report {
  readonly text: string;
  /** Chart files to write beside the memo (relative names). */
  readonly files: readonly { readonly name: string; readonly content: string }[];
  readonly answer: Answer;
  readonly dilution: DilutionAnalysis;
  readonly timeline: OwnershipTimeline;
  readonly openQuestions: readonly string[];
}

/** A warning as the trace records it (engine/warnings.ts): "warning (<code>): <message>". */
const WARNING_FINDING = /^warning \(([a-z-]+)\): ([\s\S]*)$/;

/** The questions the engine could not decide: errors, assumptions, missing inputs and standard-form terms relied on. */
export function openQuestionsOf(answer: Answer, state: State, dilution: DilutionAnalysis): string[] {
  const out: string[] = [];
  for (const e of answer.errors) out.push(`Event ${e.event ?? "—"} breaks ${e.rule}${e.section ? ` (Section ${e.section})` : ""}${e.field ? `, field ${e.field}` : ""}: ${e.message}. The evaluation stops there; the findings cover the events before it.`);
  for (const f of answer.trace) {
    const warning = WARNING_FINDING.exec(f.finding);
    // R-X13's assumed terms are asked once, in the line of assumed terms below.
    if (warning) {
      if (warning[1] !== "assumed-term") out.push(`${f.rule} (Section ${f.section})${f.event === null ? "" : `, event ${f.event} (${f.at.slice(0, 10)})`}: ${warning[2]}. The answer relies on this without having checked it: confirm it.`);
    } else if (f.rule === "R-11a-iii" && /assumed/i.test(f.finding)) out.push(`${f.rule} (Section ${f.section}), ${f.at.slice(0, 10)}: ${f.finding}. Give the number (company.authorizedCommon) to decide it.`);
    else if (/\[(a term|standard form)\]/.test(f.finding)) out.push(`${f.rule} (Section ${f.section}): the finding rests on a term the source does not state: ${f.finding.replace(/^\[[^\]]+\]\s*/, "")}.`);
  }
  for (const q of dilution.openQuestions) out.push(q);
  // No closes at all asks nothing more: a Current Market Price needed is an R-11d error above, values the dilution's question.
  if (answer.acquiringPersons.length && !answer.stockAcquisitionDate && answer.status !== "redeemed" && answer.status !== "exchanged") {
    out.push(`No public announcement that ${answer.acquiringPersons.join(", ")} became an Acquiring Person: no Stock Acquisition Date (R-1ff), so the Distribution Date under R-3a(i) and the end of the redemption window (R-23) wait on one.`);
  }
  const show = ([name]: [string, string]) => `${name} = ${JSON.stringify((state.terms.values as Record<string, unknown>)[name])}`;
  const isAssumed = (source: string) => /\[assumed\]|\] assumed/.test(source);
  const reasons = state.terms.assumed;
  const standard = Object.entries(state.terms.sources).filter(([name, source]) => /\[(standard form|a term)\]/.test(source) && !isAssumed(source) && !reasons.has(name as TermName));
  const assumed = Object.entries(state.terms.sources).filter(([name, source]) => isAssumed(source) || reasons.has(name as TermName));
  if (standard.length) out.push(`Terms the plan's source leaves to the standard form of the era, relied on here: ${standard.map(show).join("; ")}. Check them against the executed Rights Agreement.`);
  if (assumed.length) out.push(`Terms assumed because the sources consulted do not state them (R-X13): ${assumed.map(show).join("; ")}. Findings that depend on them are provisional.`);
  return out;
}

/**
 * An event's `at` in New York time (R-T1): a date as written (9:00 A.M. that day, R-T5); a date-time
 * as New York's clock reads it ("2004-07-01 17:00"). A time that cannot be read (an offset not New
 * York's, "Z" included: the scenario's R-X9 error) is shown as written.
 */
export function newYorkAt(at: string): string {
  if (isIsoDate(at)) return at;
  let t: number;
  try {
    t = parseEventInstant(at);
  } catch {
    return at;
  }
  const clock = formatNewYork(t).slice(0, -6).replace("T", " ");
  return clock.length === 19 && clock.endsWith(":00") ? clock.slice(0, 16) : clock;
}

/** R-11a-iii: where authorised Common Stock falls short of the Adjustment Shares, what a valid Right receives instead. */
function shortfallText(flipIn: NonNullable<Answer["flipIn"]>): string {
  const short = flipIn.authorizedShortfall;
  return short ? ` Authorised Common Stock falls ${shares(short)} shares short of the Adjustment Shares: the Board must substitute value so that each valid Right receives the Spread of $${flipIn.spreadPerRight} (R-11a-iii).` : "";
}

const ENDED_BY: Partial<Record<Answer["status"], string>> = { redeemed: "R-23", exchanged: "R-24", expired: "R-7a" };

/** The status, with when the Rights ended and by which rule once they have: "redeemed on 2004-03-02T09:00:00-05:00 (R-23)". */
function statusText(answer: Answer, state: State): string {
  const rule = ENDED_BY[answer.status];
  return rule && state.ended ? `${answer.status} on ${formatNewYork(state.ended.at)} (${rule})` : answer.status;
}

/**
 * Whether the Board can still redeem (R-23): until the window's close, or why not. "The window
 * closed" only once it has: Rights redeemed, exchanged or merged away before it closes are no longer
 * redeemable with the window's close still ahead.
 */
function redeemableText(answer: Answer): string {
  if (answer.redeemable) return `; redeemable until ${answer.redemptionDeadline} (R-23)`;
  const closed = answer.redemptionDeadline !== null && parseEventInstant(answer.redemptionDeadline) <= parseEventInstant(answer.asOf);
  return closed ? `; no longer redeemable (the window closed ${answer.redemptionDeadline}, R-23)` : "; no longer redeemable (R-23)";
}

/** The flip-in and flip-over multiples (R-11a-ii, R-13), in one phrase when they are equal. */
function multiplesText(terms: Pick<TermValues, "flipInMultiple" | "flipOverMultiple">): string {
  const { flipInMultiple: flipIn, flipOverMultiple: flipOver } = terms;
  return dec(flipIn).eq(dec(flipOver)) ? `flip-in and flip-over at ${flipIn}x the Purchase Price (R-11a-ii, R-13)` : `flip-in at ${flipIn}x the Purchase Price (R-11a-ii); flip-over at ${flipOver}x (R-13)`;
}

function eventText(e: ScenarioEvent): string {
  const { at: _at, type, note, ...rest } = e as ScenarioEvent & { note?: string };
  void _at;
  const fields = Object.entries(rest).map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`).join(", ");
  return `${type}${fields ? ` (${fields})` : ""}${note ? ` — ${note}` : ""}`;
}

interface Section {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly bullets?: readonly string[];
  /** `empty`: the sentence that stands for the table when it has no rows (a memo carries no empty tables). */
  readonly table?: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly right?: readonly number[]; readonly empty: string };
  readonly charts?: readonly { readonly title: string; readonly svg: string; readonly file: string }[];
  readonly sub?: readonly Section[];
}

/** A section's text for people: counts with thousands separators, percentages to 4 places (the answer's JSON keeps them exact). */
function readable(s: Section): Section {
  return {
    ...s,
    paragraphs: s.paragraphs?.map(findingText),
    bullets: s.bullets?.map(findingText),
    table: s.table && { ...s.table, rows: s.table.rows.map((r) => r.map(findingText)) },
    sub: s.sub?.map(readable),
  };
}

function sections(parsed: ParsedScenario, answer: Answer, state: State, dilution: DilutionAnalysis, questions: readonly string[], charts: Section["charts"]): Section[] {
  const { scenario } = parsed;
  const terms = state.terms.values;
  const start = new Map(scenario.holdings.map((h) => [h.person, h.shares]));
  const owned = new Map(answer.beneficialOwnership.map((o) => [o.person, o]));
  const flags = (p: (typeof scenario.persons)[number]) =>
    [p.affiliates?.length ? `Affiliates: ${p.affiliates.join(", ")}` : "", p.grandfathered ? "grandfathered (R-1a-grandfather)" : "", p.exempt ? "exempt (R-1a)" : "", p.directorOfficer ? "director-officer" : "", p.stockPlan ? "stock plan" : "", p.passiveInvestor ? "passive investor" : "", answer.acquiringPersons.includes(p.id) ? "Acquiring Person (R-1a)" : ""].filter(Boolean).join("; ");
  const conclusions = [
    `Status of the Rights: ${statusText(answer, state)}${answer.exercisable ? ", exercisable" : ", not exercisable"}${redeemableText(answer)}.`,
    `Acquiring Persons (R-1a): ${answer.acquiringPersons.join(", ") || "none"}.`,
    `Stock Acquisition Date (R-1ff): ${answer.stockAcquisitionDate ?? "none"}; Distribution Date (R-3a): ${answer.distributionDate ? `${answer.distributionDate} (prong ${answer.distributionDateProng})` : "none"}.`,
  ];
  // the flip-in's own price (R-11a-ii), not what a Right gets now: after a redemption or an exchange that is $0
  const ended = ["redeemed", "exchanged", "expired"].includes(answer.status) ? ` The Rights have since been ${answer.status} (${answer.status === "redeemed" ? "R-23" : answer.status === "exchanged" ? "R-24" : "R-7a"}).` : "";
  if (answer.flipIn && state.flipIn) conclusions.push(`Section 11(a)(ii) Event on ${answer.flipIn.at}: each valid Right became a right to buy ${answer.flipIn.sharesPerRight} shares for $${formatDecimal(state.flipIn.exercisePrice)} at a Current Market Price of $${answer.flipIn.currentMarketPrice} (R-11a-ii, R-11d); ${shares(answer.voidRights)} Rights are void (R-7e).${shortfallText(answer.flipIn)}${ended}`);
  if (answer.flipOver) conclusions.push(`Section 13 Event on ${answer.flipOver.at}: each valid Right buys ${answer.flipOver.sharesPerRight} shares of the Principal Party (R-13).`);
  conclusions.push(`Exchange (R-24): ${answer.exchangeAvailable ? "available to the Board" : "not available"}.`);
  // the dilution is of the state before the scenario's own exchange, exercise or redemption (base.ts): say so
  const analysedBefore = dilution.base.startsWith("the state just before") ? `, analysed on ${dilution.base}` : "";
  for (const s of dilution.scenarios) {
    if (s.acquirer) conclusions.push(`${s.title}${analysedBefore}: ${s.acquirer.person} ${percent(s.acquirer.percentBefore)} -> ${percent(s.acquirer.percentAfter)}${s.acquirerLossPercent !== null ? `, a loss of ${dollars(s.acquirerLossDollars)} (${percent(s.acquirerLossPercent)})` : ""}.`);
  }
  if (questions.length) conclusions.push(`${questions.length} open question(s) below.`);

  const facts: Section = {
    heading: "Facts",
    paragraphs: [
      `Plan: ${state.plan.name} (${state.plan.id}), version in force ${answer.planVersion}; source: ${state.plan.source}. Company: ${terms.company}; Rights Agent: ${terms.rightsAgent.replace(/\.$/, "")}.`,
      `Terms relied on: Purchase Price $${terms.purchasePrice} per Unit (${terms.unitDescription}); Acquiring Person threshold ${terms.acquiringPersonThresholdPercent}% (R-1a); ${multiplesText(terms)}; Redemption Price $${terms.redemptionPrice} (R-23); exchange ratio ${terms.exchangeRatio} share per Right (R-24); Final Expiration ${terms.finalExpiration.date} ${terms.finalExpiration.time} New York time (R-7a).`,
      `Shares of Common Stock outstanding: ${shares(scenario.company.sharesOutstanding)} at the start, ${shares(answer.sharesOutstanding)} as of ${answer.asOf}; authorised: ${scenario.company.authorizedCommon === undefined ? "not given" : shares(scenario.company.authorizedCommon)}. Closing prices: ${state.prices.dates.length ? `${state.prices.dates.length} Trading Days, ${state.prices.dates[0]} to ${state.prices.dates[state.prices.dates.length - 1]}` : "none"}.`,
    ],
    table: {
      head: ["Person", "Name", "Relationships", "Starting holding", `Beneficial ownership ${answer.asOf.slice(0, 10)}`],
      rows: scenario.persons.map((p) => [p.id, p.name ?? "", flags(p), shares(start.get(p.id) ?? 0), owned.has(p.id) ? `${shares(owned.get(p.id)!.shares)} (${percent(owned.get(p.id)!.percent)})` : "0"]),
      right: [3],
      empty: "The scenario names no Person: every share is held by the public.",
    },
    sub: [
      {
        heading: "Events stated",
        table: { head: ["#", "At (New York time)", "Event"], rows: scenario.events.map((e, i) => [String(i), newYorkAt(e.at), eventText(e)]), right: [0], empty: "The scenario states no events." },
      },
    ],
  };
  const timeline: Section = {
    heading: "Timeline of findings",
    paragraphs: ["Each finding names the rule of the rule book and the section of the Rights Agreement it applies (New York time; # is the event that led to it, blank for the passage of time)."],
    table: { head: ["When", "#", "Rule", "Section", "Finding"], rows: answer.trace.map((f) => [f.at.slice(0, 16).replace("T", " "), f.event === null ? "" : String(f.event), f.rule, f.section, f.finding]), empty: `No findings as of ${answer.asOf}.` },
  };
  const dilutionSection: Section = {
    heading: "Dilution",
    paragraphs: [
      `Analysed: ${dilution.base}. Market price P: ${dilution.marketPrice ? `$${dilution.marketPrice.price} (${dilution.marketPrice.basis})` : "none"}; exercise rate ${dilution.exerciseRate}.`,
      `Value model: ${dilution.valueModel}`,
      ...dilution.notApplicable.map((n) => `Not applicable: ${n.kind} (${n.rule}): ${n.reason}.`),
    ],
    sub: dilution.scenarios.map((s) => ({
      heading: s.title,
      table: {
        head: ["Holder", "Rights", "Shares before", "%", "Shares after", "%", "Value before", "Value after", "Net change"],
        rows: s.parties.map((p) => [p.person, `${shares(p.rights)}${p.rightsVoid ? " (void)" : ""}`, shares(p.sharesBefore), percent(p.percentBefore), shares(p.sharesAfter), percent(p.percentAfter), dollars(p.valueBefore), dollars(p.valueAfter), dollars(p.netChange)]),
        right: [1, 2, 3, 4, 5, 6, 7, 8],
        empty: "No holders.",
      },
      bullets: dilutionSentences(s),
    })),
  };
  const out: Section[] = [{ heading: "Conclusions", bullets: conclusions }, facts, timeline, dilutionSection];
  if (charts && charts.length) out.push({ heading: "Charts", charts });
  out.push({ heading: "Open questions", bullets: questions.length ? questions : ["None: every finding follows from the stated facts and the plan's terms."] });
  return out;
}

function titleOf(parsed: ParsedScenario, state: State, answer: Answer, source: string): string {
  return `${state.terms.values.company} Rights Agreement: ${parsed.scenario.title ?? basename(source)}, position as of ${answer.asOf.slice(0, 10)}`;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/**
 * Text as Markdown shows it, never as markup: a backslash and a `<` are escaped (CommonMark's
 * backslash escapes), so raw HTML in a scenario's title or a person's name is shown as written,
 * as the HTML memo shows it (esc), and is never a tag a Markdown viewer runs.
 */
export const mdText = (s: string) => s.replace(/[\\<]/g, "\\$&");
const mdCell = (s: string) => mdText(s).replace(/\|/g, "\\|").replace(/\n/g, " ");

function mdSection(s: Section, level: number, chartMode: "inline" | "files"): string[] {
  const out = [`${"#".repeat(level)} ${mdText(s.heading)}`, ""];
  for (const p of s.paragraphs ?? []) out.push(mdText(p), "");
  if (s.table && s.table.rows.length === 0) out.push(mdText(s.table.empty), "");
  else if (s.table) {
    out.push(`| ${s.table.head.map(mdCell).join(" | ")} |`, `| ${s.table.head.map((_, i) => (s.table!.right?.includes(i) ? "---:" : "---")).join(" | ")} |`);
    for (const r of s.table.rows) out.push(`| ${r.map(mdCell).join(" | ")} |`);
    out.push("");
  }
  for (const b of s.bullets ?? []) out.push(`- ${mdText(b)}`);
  if (s.bullets?.length) out.push("");
  for (const c of s.charts ?? []) {
    out.push(chartMode === "inline" ? `![${c.title}](data:image/svg+xml;base64,${Buffer.from(c.svg).toString("base64")})` : `![${c.title}](${c.file})`, "");
  }
  for (const sub of s.sub ?? []) out.push(...mdSection(sub, level + 1, chartMode));
  return out;
}

// ---------------------------------------------------------------------------------------------
// HTML

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function htmlSection(s: Section, level: number, chartMode: "inline" | "files"): string[] {
  const h = Math.min(level, 6);
  const out = [`<section>`, `<h${h}>${esc(s.heading)}</h${h}>`];
  for (const p of s.paragraphs ?? []) out.push(`<p>${esc(p)}</p>`);
  if (s.table && s.table.rows.length === 0) out.push(`<p>${esc(s.table.empty)}</p>`);
  else if (s.table) {
    const cls = (i: number) => (s.table!.right?.includes(i) ? ' class="num"' : "");
    out.push("<table>", `<thead><tr>${s.table.head.map((c, i) => `<th${cls(i)}>${esc(c)}</th>`).join("")}</tr></thead>`, "<tbody>");
    for (const r of s.table.rows) out.push(`<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join("")}</tr>`);
    out.push("</tbody>", "</table>");
  }
  if (s.bullets?.length) out.push("<ul>", ...s.bullets.map((b) => `<li>${esc(b)}</li>`), "</ul>");
  for (const c of s.charts ?? []) out.push(`<figure>${chartMode === "inline" ? c.svg : `<img src="${esc(c.file)}" alt="${esc(c.title)}" width="100%">`}<figcaption>${esc(c.title)}</figcaption></figure>`);
  for (const sub of s.sub ?? []) out.push(...htmlSection(sub, level + 1, chartMode));
  out.push("</section>");
  return out;
}

const CSS = `.legend{font-weight:bold;text-align:center}body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;color:#222;line-height:1.45;font-size:14px}
h1{font-size:1.5em;margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}h3{font-size:1.05em}
table{border-collapse:collapse;margin:.6em 0;font-size:12.5px}th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}
td.num,th.num{text-align:right;white-space:nowrap}thead th{background:#f2f2f2}figure{margin:1em 0}figcaption{font-size:12px;color:#555}
.memo-head td{border:none;padding:1px 12px 1px 0}.memo-head{margin-bottom:1em}footer{margin-top:2em;font-size:12px;color:#555}
@media print{body{margin:0;max-width:none}section{page-break-inside:auto}figure{page-break-inside:avoid}}`;

/** The memo for `parsed` (see the module comment). */
export function report(parsed: ParsedScenario, options: ReportOptions): Report {
  const runs = baseRun(parsed, options);
  const { final } = runs;
  const answer = answerOf(final.state, final.asOf, final.errors);
  const dilution = dilutionOf(parsed, options, runs);
  const timeline = ownershipTimeline(parsed, options, {}, final);
  const questions = openQuestionsOf(answer, final.state, dilution);
  const mode = options.charts ?? (options.format === "html" ? "inline" : "none");
  const stem = options.chartStem ?? "memo";
  const charts =
    mode === "none"
      ? []
      : [
          { title: "Beneficial ownership over time against the threshold (R-1a), with the Stock Acquisition Date (R-1ff), Distribution Date (R-3a) and redemption deadline (R-23)", svg: renderSvg(ownershipChartOption(timeline)), file: `${stem}-ownership.svg` },
          ...(dilution.scenarios.length ? [{ title: "Holdings before and after each Triggering Event remedy (R-11a-ii, R-24, R-13)", svg: renderSvg(dilutionChartOption(dilution)), file: `${stem}-dilution.svg` }] : []),
        ];
  const date = options.date ?? newYorkDateOf(Date.now());
  const title = titleOf(parsed, final.state, answer, options.source);
  const body = sections(parsed, answer, final.state, dilution, questions, charts).map(readable);
  const given = options.heading ?? {};
  const legend = given.privileged ? PRIVILEGE_LEGEND : null;
  const head: [string, string][] = [
    ["To", given.to || "File"],
    ["From", given.from || "rightsplan (automated analysis of the plan's terms)"],
    ["Date", date],
    ["Re", given.re || title],
    ["Scenario", `${options.source}${parsed.scenario.title ? ` — ${parsed.scenario.title}` : ""}`],
  ];
  const footer = `Prepared from the facts stated in ${options.source} and the terms of ${answer.planVersion}; each finding cites its rule (rights-plan.md) and the Rights Agreement section. Facts not in the scenario are not assumed except where the open questions say so.`;
  // every rule the memo cites: the trace's first, then those the conclusions, the dilution and the questions name
  const citedInText = (body.flatMap((s) => [s, ...(s.sub ?? [])]).flatMap((s) => [...(s.paragraphs ?? []), ...(s.bullets ?? []), ...(s.table?.rows.flat() ?? [])]).join("\n").match(RULE_ID) ?? []);
  const rulesCited = [...new Set([...answer.trace.map((f) => f.rule), ...citedInText])].filter((r): r is RuleId => r in RULES).map((r) => `${r} (Section ${RULES[r].section}): ${RULES[r].title}`);
  body.push({ heading: "Rules cited", bullets: rulesCited });
  let text: string;
  if (options.format === "md") {
    text = [...(legend ? [`**${legend}**`, ""] : []), `# Memorandum`, "", ...head.map(([k, v]) => `**${k}:** ${mdText(v)}  `), "", ...body.flatMap((s) => mdSection(s, 2, mode === "inline" ? "inline" : "files")), "---", "", `_${footer}_`, ""].join("\n");
  } else {
    text = [
      "<!DOCTYPE html>",
      '<html lang="en"><head><meta charset="utf-8">',
      `<title>${esc(`Memorandum — ${title}`)}</title>`,
      `<style>${CSS}</style></head><body>`,
      ...(legend ? [`<p class="legend">${esc(legend)}</p>`] : []),
      "<h1>Memorandum</h1>",
      `<table class="memo-head">${head.map(([k, v]) => `<tr><td><strong>${esc(k)}:</strong></td><td>${esc(v)}</td></tr>`).join("")}</table>`,
      ...body.flatMap((s) => htmlSection(s, 2, mode === "files" ? "files" : "inline")),
      `<footer>${esc(footer)}</footer>`,
      "</body></html>",
      "",
    ].join("\n");
  }
  return { text, files: mode === "files" ? charts.map((c) => ({ name: c.file, content: c.svg })) : [], answer, dilution, timeline, openQuestions: questions };
}
