/**
 * `rightsplan register ...`: the Rights Agent's register from the command line, a thin layer over
 * src/register. Exit codes: 0 done (or already done under the same --key), 1 refused (the
 * message names the rule), 2 the input cannot be read. The register's libraries (SQLite,
 * PostgreSQL, Excel) load only when a register command runs.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { InputError } from "../errors.js";
import { parseYamlText } from "../terms/load.js";
import { parseCommandInstant } from "../time/instant.js";
import type { Register, RegisterReport, Result, Rulings, TransferResult, Warned } from "../register/index.js";
import { quantityText } from "./textFormat.js";
import type { CliCall } from "./io.js";
import { withPricesFileRead } from "./scenarioInput.js";
import { countText as n, countedText, decimalText, rightsFractionText } from "../numbers/readableText.js";
import { dollars } from "../analysis/format.js";

type Library = typeof import("../register/index.js");

interface Common {
  db?: string;
  key?: string;
  json?: boolean;
}

/** Opens the register, runs `work`, prints its result and sets the exit code. */
async function run<T>(call: CliCall, opts: Common, work: (lib: Library, register: Register) => Promise<Result<T> | T>, describe: (value: T) => string, access: { readonly existing?: boolean } = {}): Promise<void> {
  const lib = await import("../register/index.js");
  const register = await lib.openRegister(opts.db ?? lib.DEFAULT_DB, access);
  try {
    const out = await work(lib, register);
    const result: Result<T> = isResult<T>(out) ? out : { ok: true, value: out, replayed: false };
    if (!result.ok) {
      const { problem } = result;
      call.stderr(`rightsplan register: ${problem.kind === "refused" ? `refused${problem.rule ? ` (${problem.rule})` : ""}` : "cannot read the input"}: ${problem.message}\n`);
      if (opts.json) call.stdout(JSON.stringify({ ok: false, problem }, null, 2) + "\n");
      call.exitCode = problem.kind === "refused" ? 1 : 2;
      return;
    }
    if (result.replayed) call.stderr(`already done under the key "${opts.key}": nothing was done again\n`);
    call.stdout(opts.json ? JSON.stringify(result.value, null, 2) + "\n" : describe(result.value) + warningLines((result.value as Warned | null)?.warnings ?? []) + "\n");
  } finally {
    await lib.closeRegister(register);
  }
}

function isResult<T>(v: unknown): v is Result<T> {
  return typeof v === "object" && v !== null && "ok" in v && ("value" in v || "problem" in v);
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as Error).message}`, []);
  }
}

function count(text: string, what: string): number {
  if (!/^\d+$/.test(text)) throw new InputError(`${what} must be a positive whole number, not "${text}"`, []);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InputError(`${what} must be a positive whole number up to 9,007,199,254,740,991, not ${text}`, []);
  return n;
}

/**
 * Progress of a run done in more than one chunk (src/register/command.ts) on stderr: a line at
 * each tenth of the way it passes, at most ten lines (a crash test waits for the first).
 */
const progress = (call: CliCall, what: string) => {
  let tenths = 0;
  return (done: number, total: number) => {
    const now = Math.floor((done * 10) / total);
    if (now === tenths || (tenths === 0 && done === total)) return;
    tenths = now;
    call.stderr(`${what}: ${done} of ${total}\n`);
  };
};

const instant = (at: string | undefined): number | undefined => (at === undefined ? undefined : parseCommandInstant(at));

/** The commands that only read the register open one that is there: a mistyped --db is no new, empty register. */
const READS = { existing: true } as const;

const dbOption = (c: Command) => c.option("--db <db>", "the register: a path, sqlite:PATH or postgres://... (default sqlite:rightsplan.db)");
const keyOption = (c: Command) => c.option("--key <key>", "idempotency key: run again after a crash, the command does its work once");

export function registerRegisterCommands(program: Command, call: CliCall): void {
  const register = program
    .command("register")
    .description("the Rights Agent's register: holders of record, Rights, certificates, exercise, redemption and exchange (SQLite or PostgreSQL)")
    .addHelpText("after", "\nExit codes: 0 done, 1 refused (the message names the rule), 2 the input cannot be read.");
  const sub = (name: string, description: string) => keyOption(dbOption(register.command(name).description(description))).option("--json", "print the result as JSON");

  sub("init", "start a register under a plan")
    .option("--plan <plan>", "a built-in plan id or a plan terms file", "net-perceptions")
    .action((o: Common & { plan: string }) => run(call, o, (lib, r) => lib.initRegister(r, { plan: o.plan, key: o.key }), (v) => `register keeps the Rights of plan ${v.plan}`));

  sub("import-holders", "import the holders of record: CSV holder,name,kind,shares[,address,certificate]; kind cede, drs or certificate")
    .argument("<file>", "the holder list (CSV)")
    .option("--shares-outstanding <n>", "the shares outstanding the holdings must add up to")
    .action((file: string, o: Common & { sharesOutstanding?: string }) => {
      const csv = readText(file);
      const sharesOutstanding = o.sharesOutstanding === undefined ? undefined : count(o.sharesOutstanding, "--shares-outstanding");
      return run(call, o, (lib, r) => lib.importHolders(r, { csv, source: file, sharesOutstanding, key: o.key, onProgress: progress(call, "importing: holders of record") }), (v) => `imported ${n(v.holders)} holders of record: ${n(v.shares)} shares, ${n(v.rights)} Rights attached`);
    });

  sub("import-ocf", "import an Open Cap Table Format (v1.2) export: stakeholders, stock classes, issuances, transfers, cancellations, splits")
    .argument("<path>", "an OCF .ocf.zip file or a folder of OCF JSON files")
    .option("--stock-class <id>", "the stock class whose holders are the holders of record (default: the only COMMON class)")
    .option("--shares-outstanding <n>", "the shares outstanding the holdings must add up to")
    .action((path: string, o: Common & { stockClass?: string; sharesOutstanding?: string }) =>
      run(call, o, (lib, r) => lib.importOcf(r, { path, stockClass: o.stockClass, sharesOutstanding: o.sharesOutstanding === undefined ? undefined : count(o.sharesOutstanding, "--shares-outstanding"), key: o.key, onProgress: progress(call, "importing: holders of record") }), (v) => `imported ${n(v.holders)} holders of record (${n(v.shares)} shares of ${v.stockClass}) from ${n(v.objects)} OCF objects${skippedText(v.skipped)}`));

  sub("transfer", "move shares between holders of record (before the Distribution Date the Rights move with them)")
    .requiredOption("--from <holder>", "the holder giving the shares")
    .requiredOption("--to <holder>", "the holder receiving them")
    .requiredOption("--shares <n>", "how many shares")
    .option("--at <instant>", AT_HELP)
    .action((o: Common & { from: string; to: string; shares: string; at?: string }) =>
      run(call, o, (lib, r) => lib.transfer(r, { from: o.from, to: o.to, shares: count(o.shares, "--shares"), at: instant(o.at), key: o.key }), transferText),
    );

  sub("transfer-rights", "after the distribution: register a transfer of valid Rights between holders (the certificate surrendered, new ones issued; R-3-separation)")
    .requiredOption("--from <holder>", "the holder giving the Rights")
    .requiredOption("--to <holder>", "the holder receiving them")
    .requiredOption("--rights <n>", "how many Rights")
    .option("--at <instant>", AT_HELP)
    .action((o: Common & { from: string; to: string; rights: string; at?: string }) =>
      run(call, o, (lib, r) => lib.transferRights(r, { from: o.from, to: o.to, rights: count(o.rights, "--rights"), at: instant(o.at), key: o.key }), (v) => `${n(v.rights)} Rights transferred from ${v.from} to ${v.to} at ${v.at}: certificate no. ${v.certificate} to ${v.to}${v.remainder === null ? "" : `, no. ${v.remainder} to ${v.from} for the Rights it keeps`}`),
    );

  sub("issue", "issue new shares to a holder of record (before the Distribution Date a Right attaches to each; after it only with --with-rights)")
    .requiredOption("--holder <holder>", "the holder of record receiving the shares")
    .requiredOption("--shares <n>", "how many new shares")
    .option("--with-rights", "after the Distribution Date: the Board issues Rights with the shares, on their own certificate (R-3-separation)")
    .option("--at <instant>", AT_HELP)
    .action((o: Common & { holder: string; shares: string; withRights?: boolean; at?: string }) =>
      run(call, o, (lib, r) => lib.issueShares(r, { holder: o.holder, shares: count(o.shares, "--shares"), withRights: o.withRights, at: instant(o.at), key: o.key }), (v) => `${n(v.shares)} new shares issued to ${v.holder} at ${v.at}: ${issuedRightsText(v)}`),
    );

  sub("claim", "deliver a holder's exchange shares from the trust (after exchange --trust), on its certification (R-24, R-7e)")
    .requiredOption("--holder <holder>", "the holder of record claiming its shares")
    .option("--shares <n>", "how many of its shares in trust (default: all)")
    .option("--certify", "the holder certifies it is not an Acquiring Person, an Affiliate or Associate of one, or a transferee of theirs (R-7e)")
    .option("--at <instant>", AT_HELP)
    .action((o: Common & { holder: string; shares?: string; certify?: boolean; at?: string }) =>
      run(call, o, (lib, r) => lib.claimFromTrust(r, { holder: o.holder, shares: o.shares === undefined ? undefined : count(o.shares, "--shares"), certify: o.certify === true, at: instant(o.at), key: o.key }), (v) => `${n(v.shares)} exchange shares delivered from the trust to ${v.holder} at ${v.at}${v.redemptionCash !== "0" ? `, with ${dollars(v.redemptionCash)} of the Redemption Price the trust was paid for their Rights (R-23)` : ""}; ${n(v.leftInTrust)} left in trust for it`),
    );

  sub("apply", "give the engine a scenario's facts and record its rulings (never moves a position)")
    .argument("<scenario>", "a scenario file (YAML or JSON); persons may list the `holders` of record they hold through")
    .action((file: string, o: Common) => {
      const data = parseYamlText(readText(file), file);
      const dir = dirname(resolve(file));
      const scenario = typeof data === "object" && data !== null && !Array.isArray(data) ? withPricesFileRead(data as Record<string, unknown>, dir) : data;
      return run(call, o, (lib, r) => lib.applyScenario(r, { scenario, dir, key: o.key }), (v) =>
        [
          `as of ${v.rulings.asOf} (${v.rulings.planVersion}): ${v.rulings.status}`,
          `  Acquiring Persons: ${v.rulings.acquiringPersons.join(", ") || "none"}`,
          `  Distribution Date: ${v.rulings.distributionDate ?? "none"}`,
          `  void Rights: ${n(v.rulings.voidRights)}${v.voidBought ? ` ruled by the engine and ${n(v.voidBought)} bought alone by their holders of record, held or sold on (R-7e)` : ""}${voidParts(v).length ? ` (${voidParts(v).join("; ")})` : ""}`,
          ...(v.restated?.length ? [`  certificates restated for the void Rights ruled (R-7e, the legend where any are void): new nos. ${v.restated.join(", ")}; those they replace are superseded`] : []),
        ].join("\n"),
      );
    });

  sub("distribute", "send the Rights Certificates (or statements) to the holders of record at the Distribution Date")
    .option("--at <instant>", "the record instant (default: the Distribution Date the engine found; a date means that day at the plan's close of business, R-T1)")
    .option("--right-value <price>", "R-14: the market value of a whole Right, to pay fractional Rights in cash")
    .action((o: Common & { at?: string; rightValue?: string }) =>
      run(call, o, (lib, r) => lib.distribute(r, { ...(o.at === undefined ? {} : lib.distributionAt(o.at)), rightValue: o.rightValue, key: o.key, onProgress: progress(call, "distributing: certificates") }), (v) =>
        `at ${v.at}: ${countedText(v.certificates, "certificate")} and ${countedText(v.statements, "statement")} (nos. ${v.firstNumber}-${v.lastNumber}) for ${n(v.rights + v.voidRights)} Rights; ${n(v.legended)} ${v.legended === 1 ? "carries" : "carry"} the R-7e legend (${n(v.voidRights)} void Rights)${v.cashInLieu !== "0" ? `; ${dollars(v.cashInLieu)} cash in lieu of fractional Rights` : ""}`,
      ),
    );

  sub("exercise", "a holder exercises Rights: pays the Purchase Price, receives its entitlement and a certificate for the rest")
    .requiredOption("--holder <holder>", "the holder of record")
    .requiredOption("--rights <n>", "how many Rights")
    .option("--certify", "the holder certifies it is not an Acquiring Person, an Affiliate or Associate of one, or a transferee of theirs (R-7e)")
    .option("--at <instant>", AT_HELP)
    .action((o: Common & { holder: string; rights: string; certify?: boolean; at?: string }) =>
      run(call, o, (lib, r) => lib.exercise(r, { holder: o.holder, rights: count(o.rights, "--rights"), certify: o.certify === true, at: instant(o.at), key: o.key }), (v) =>
        `${v.holder} exercised ${countedText(v.rights, "Right")} at ${v.at}: paid ${dollars(v.paid)}, received ${v.delivered.map((d) => `${decimalText(d.quantity)} ${d.security}`).join(" and ")}${v.cashInLieu !== "0" ? ` and ${dollars(v.cashInLieu)} in lieu of fractions` : ""}${v.certificate ? `; new ${v.certificateForm === "statement" ? "book-entry statement" : "certificate"} no. ${v.certificate} for the Rights not exercised` : ""}`,
      ),
    );

  sub("redeem", "the redemption payment run: the Redemption Price to every holder of record (R-23)")
    .option("--at <instant>", `when the Board redeems: ${AT_HELP}`)
    .action((o: Common & { at?: string }) => run(call, o, (lib, r) => lib.redeem(r, { at: instant(o.at), key: o.key, onProgress: progress(call, "redemption run: holders paid") }), (v) => `redeemed at ${v.at}: ${n(v.rights)} Rights${v.fractionalRights !== "0" ? ` and ${v.fractionalRights} Rights in fractions on holders' shares (R-11p, R-14: paid the same fraction of the price)` : ""} at $${v.price}, ${countedText(v.payments, "payment")}, ${dollars(v.paid)} in all`));

  sub("exchange", "exchange the valid Rights for Common Stock (R-24)")
    .option("--portion <p>", "the portion of each holder's valid Rights, above 0 and at most 1", "1")
    .option("--trust", "deposit the exchange shares in a trust for the holders")
    .option("--at <instant>", `when the Board exchanges: ${AT_HELP}`)
    .action((o: Common & { portion: string; trust?: boolean; at?: string }) =>
      run(call, o, (lib, r) => lib.exchange(r, { portion: o.portion, trust: o.trust === true, at: instant(o.at), key: o.key, onProgress: progress(call, "exchange: holders done") }), (v) => `exchanged ${n(v.rights)} Rights of ${countedText(v.holders, "holder")} at ${v.ratio}${roundedDownText(v)}: ${n(v.shares)} shares${v.inTrust ? " (held in trust)" : ""}${v.cashInLieu !== "0" ? `, ${dollars(v.cashInLieu)} in lieu of fractions` : ""}${v.restated ? `; ${n(v.restated)} certificates or statements restated for the Rights left (those they replace are superseded)` : ""}`),
    );

  dbOption(register.command("report").description("the register's totals, reconciled with the engine, and the audit trail"))
    .option("--json", "print the report as JSON")
    .action((o: Common) => run(call, o, (lib, r) => lib.report(r), formatReport, READS));

  dbOption(register.command("verify").description("check the invariants, the control book and the hash chain of the journal"))
    .option("--json", "print the result as JSON")
    .action((o: Common) =>
      run(call, o, async (lib, r) => {
        const v = await lib.verify(r, { onProgress: progress(call, "verifying: journal rows") });
        return v.ok ? { ok: true as const, value: v, replayed: false } : { ok: false as const, problem: { kind: "refused" as const, rule: "register", code: "verify-failed", message: `the register does not verify:\n${v.problems.map((p) => `  - ${p}`).join("\n")}` } };
      }, (v) => `verified: ${n(v.entries)} journal entries, chain intact, control book balanced, invariants hold`, READS),
    );

  dbOption(register.command("export").description("write the holder list with Rights, void flags and certificates (CSV or .xlsx)"))
    .argument("<file>", "FILE.csv or FILE.xlsx")
    .action((file: string, o: Common) =>
      run(call, o, async (lib, r) => {
        const rows = await lib.holderList(r);
        await lib.writeHolderList(rows, file);
        return rows.length;
      }, (holders) => `wrote ${n(holders)} holders of record to ${file}`, READS),
    );
}

function formatReport(r: RegisterReport): string {
  const { rights } = r;
  return [
    `holders of record:    ${n(r.holdersOfRecord)}`,
    `shares outstanding:   ${n(r.sharesOutstanding)}`,
    `Rights outstanding:   ${n(rights.outstanding)} (${n(rights.void)} void); issued ${n(rights.issued)}, exercised ${n(rights.exercised)}, redeemed ${n(rights.redeemed)}, exchanged ${n(rights.exchanged)}, expired ${n(rights.expired)}`,
    `certificates issued:  ${n(r.certificates)} (${n(r.certificatesOutstanding)} outstanding)`,
    `exercises:            ${n(r.exercises)}`,
    `cash:                 Purchase Price received ${dollars(r.cash.purchasePriceReceived)}, redemption paid ${dollars(r.cash.redemptionPaid)}, cash in lieu ${dollars(r.cash.cashInLieu)}`,
    `shares delivered:     ${n(r.sharesDelivered.common)} common and ${r.sharesDelivered.preferred} preferred on exercise${r.sharesDelivered.principalParty ? ` (and ${n(r.sharesDelivered.principalParty)} shares of the Principal Party's common)` : ""}, ${n(r.sharesDelivered.exchange)} in exchange${r.sharesDelivered.inTrust ? ` (${n(r.sharesDelivered.inTrust)} still held in trust for holders to claim)` : ""}`,
    ...rulingLines(r.rulings, r.distributionDate),
    `reconciled:           ${r.reconciled ? "yes" : "NO"}`,
    ...r.reconciliation.map((c) => `  ${c.agrees ? "ok " : "OFF"} ${c.check}${c.why ? `: ${c.why}` : ""}: register ${figure(c.register)}, engine ${figure(c.engine)}`),
    `audit:                ${n(r.audit.entries)} journal entries, chain ${r.audit.chainIntact ? "intact" : "BROKEN"}`,
    ...r.audit.problems.map((p) => `  ${p}`),
  ].join("\n");
}

/**
 * The engine's rulings the register runs on, for the Rights Agent: the Rights' status, the Distribution Date (and when the
 * register distributed), the Acquiring Persons, the Rights per share while attached, the redemption window, the exchange and
 * what a valid Right gets. None before a scenario is applied.
 */
function rulingLines(r: Rulings | null, distributed: string | null): string[] {
  if (r === null) return ["the engine's rulings: none yet (apply a scenario with the Company's facts)"];
  const right = r.entitlementPerRight;
  return [
    `the engine's rulings as of ${r.asOf} (${r.planVersion}):`,
    `  status:             ${r.status}${r.rightsPerShare === null ? "" : `, ${r.rightsPerShare} Right per share (R-3-attached, R-11p)`}`,
    `  Acquiring Persons:  ${r.acquiringPersons.join(", ") || "none"}${r.stockAcquisitionDate ? `; Stock Acquisition Date ${r.stockAcquisitionDate}` : ""}`,
    `  Distribution Date:  ${r.distributionDate ? `${r.distributionDate} (${r.distributionDateProng}${!distributed && r.rightsPerShare !== null && (r.status === "redeemed" || r.status === "exchanged") ? `; never reached: the Rights were ${r.status} before it` : ""})` : "none"}${distributed ? `; the register distributed at ${distributed}` : ""}`,
    `  redemption window:  until ${r.redemptionDeadline} (R-23)`,
    `  exchange:           ${r.exchangeAvailable ? "available (R-24)" : "not available"}`,
    ...(r.flipIn ? [`  flip-in:            ${r.flipIn.at}, ${r.flipIn.sharesPerRight} shares per Right at the Current Market Price $${r.flipIn.currentMarketPrice} (R-11a-ii)`] : []),
    ...(r.flipOver ? [`  flip-over:          ${r.flipOver.at}, ${r.flipOver.sharesPerRight} of the Principal Party's shares per Right at $${r.flipOver.principalPartyPrice} (R-13)`] : []),
    `  a valid Right:      ${right ? `pays $${right.pay}, receives ${right.receive.map((q) => quantityText(q.quantity, q.security)).join(" + ")}` : "nothing (the Rights have ended)"}`,
  ];
}

/** A reconciliation figure: a count with separators, or the words it is. */
function figure(value: number | string): string {
  return typeof value === "number" ? n(value) : value;
}

/**
 * A transfer's answer: the shares and the Rights that moved with them (R-3-attached). While a share carries a fraction of a
 * Right (R-11p), the Rights the shares carry exactly and how each position's whole Rights moved (fractions are paid at the
 * distribution, R-14).
 */
function transferText(v: TransferResult): string {
  const moved = `${countedText(v.shares, "share")} moved from ${v.from} to ${v.to}`;
  const voidText = `${n(v.voidRights)} void${v.voidOnArrival ? `; ${n(v.voidOnArrival)} more void in ${v.to}'s hands, R-7e` : ""}`;
  const rights = v.rightsCarried !== null
    ? `, carrying ${rightsFractionText(v.rightsCarried)} (R-11p): ${v.from}'s whole Rights fall by ${n(v.rights + v.voidRights)} (${voidText}), ${v.to}'s rise by ${n(v.rightsReceived)}${v.rightsCarried.includes("/") ? "; fractions of a Right are paid in cash at the distribution (R-14)" : ""}`
    : v.rights + v.voidRights ? ` with ${countedText(v.rights + v.voidRights, "Right")} (${voidText})` : "";
  return `${moved}${rights}${v.legend ? "; the new certificate or statement bears the Rights legend (R-3-attached)" : ""}`;
}

/** A partial exchange that took fewer Rights than its portion: each holder's part rounded down to whole Rights (R-14). */
function roundedDownText(v: { rights: number; portion: string; portionOfRights: string }): string {
  if (v.portionOfRights === String(v.rights)) return "";
  return ` (${v.portion} of the valid Rights is ${decimalText(v.portionOfRights)}; each holder's part is rounded down to whole Rights, R-14)`;
}

/** What came with new shares: Rights attached, Rights on a certificate, or none. */
function issuedRightsText(v: { rights: number; attached: boolean; certificate: number | null }): string {
  if (v.attached) return `${n(v.rights)} Rights attached to them, their certificate or statement bearing the Rights legend (R-3-attached)`;
  if (v.certificate !== null) return `${n(v.rights)} Rights issued with them on certificate no. ${v.certificate} (R-3-separation)`;
  return "they carry no Rights (issued after the Distribution Date, or the Rights have ended: R-3-separation)";
}

/** An act's `--at`: how it is written, and what the act is dated without it. */
const AT_HELP = "a date (9:00 A.M. New York time) or a date-time with offset (default: the register's clock, the latest instant a command ran at; before any, the register's start, with a warning)";

/** Where the engine's void Rights are (R-7e): on which holders of record, how many outside the register, how many already exercised on it. */
function voidParts(v: { voidByHolder: Record<string, number>; voidOutsideRegister: number; voidExercised: number }): string[] {
  const on = Object.entries(v.voidByHolder);
  return [
    ...(on.length ? [`on ${on.map(([h, rights]) => `${h} ${n(rights)}`).join(", ")}`] : []),
    ...(v.voidOutsideRegister ? [`${n(v.voidOutsideRegister)} outside the register`] : []),
    ...(v.voidExercised ? [`${n(v.voidExercised)} already exercised on the register, which the engine still counts`] : []),
  ];
}

/** A command's warnings, each on a line of its own under the answer. */
const warningLines = (warnings: readonly string[]): string => warnings.map((w) => `\n  warning: ${w}`).join("");

/** "; skipped 2 objects of types that hold no shares of record (TX_VESTING_START 1, VALUATION 1)", or nothing. */
function skippedText(skipped: Readonly<Record<string, number>>): string {
  const types = Object.entries(skipped).sort(([a], [b]) => (a < b ? -1 : 1));
  const total = types.reduce((sum, [, count]) => sum + count, 0);
  return total ? `; skipped ${countedText(total, "object")} of types that hold no shares of record (${types.map(([type, count]) => `${type} ${n(count)}`).join(", ")})` : "";
}
