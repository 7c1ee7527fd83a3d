/**
 * The Rights Agent's register: holders of record (search, sort, pages), a holder's page, the
 * distribution and payment runs as jobs with progress, exercises with the holder's
 * certification, transfers of Rights after the distribution, verify, the export, and the audit
 * trail (admin). A role sees only the
 * commands it may run; a holder token sees its own positions only.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { getJson, postJson } from "../api.js";
import { DataTable, type Row } from "../components/DataTable.js";
import { Problem } from "../components/Problem.js";
import { resultOf, type Job } from "../jobs.js";
import { useList, type PlanListed, type ScenarioListed } from "../useList.js";
import { dollars, shares } from "../format.js";
import { commandSummary } from "../commandSummary.js";
import { countOf } from "../count.js";
import type { PageProps } from "./props.js";

/** The rows of an answer: the answer itself when it is a list, else its first list. */
export function rowsOf(body: unknown): Row[] {
  if (Array.isArray(body)) return body as Row[];
  if (body && typeof body === "object") for (const v of Object.values(body)) if (Array.isArray(v)) return v as Row[];
  return [];
}

/** A fresh key per command the person sends: a retry of the same request does its work once. */
const idempotencyKey = () => `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

const holderKey = (r: Row): string => String(r.holder ?? r.id ?? r.name ?? "");

export default function Register({ may, session }: PageProps) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  // The holder's button that opened its page: the focus goes back to it when the page is closed
  // (it went to the body with the page's Close button), or to the page when it is gone (web3).
  const opener = useRef<HTMLElement | null>(null);
  const close = () => {
    setOpen(null);
    (opener.current?.isConnected ? opener.current : document.getElementById("main"))?.focus();
  };
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    getJson<unknown>("/api/register/positions").then((b) => setRows(rowsOf(b)), setError);
  }, []);
  useEffect(reload, [reload]);
  const writer = may("register-write");
  return (
    <div className="register">
      <h1>{session.role === "holder" ? "My positions" : "Register"}</h1>
      <Problem error={error} />
      {writer && <SetUp onDone={reload} />}
      {writer && <Commands onDone={reload} />}
      {rows && <DataTable caption="Holders of record" rows={rows} fileStem="holders" linkColumn={rows[0] && "holder" in rows[0] ? "holder" : undefined} onOpen={(r) => { opener.current = document.activeElement as HTMLElement | null; setOpen(holderKey(r)); }} />}
      {open && <HolderPage key={open} id={open} onClose={close} onChanged={reload} canAct={writer} />}
      {may("read") && <Checks admin={may("admin")} />}
    </div>
  );
}

/** Starting a register: create it for a plan, import the holders of record, move and issue shares, give it a scenario's facts. */
function SetUp({ onDone }: { onDone: () => void }) {
  const [plans] = useList<PlanListed>("/api/plans");
  const [saved] = useList<ScenarioListed>("/api/scenarios");
  const [plan, setPlan] = useState("net-perceptions");
  const [scenario, setScenario] = useState("");
  const [transfer, setTransfer] = useState({ from: "", to: "", shares: "", at: "" });
  const [issue, setIssue] = useState({ holder: "", shares: "", at: "", withRights: false });
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<unknown>(null);
  const send = async (command: string, body: object, done: string) => {
    setError(null);
    setMessage("");
    try {
      const result = await resultOf(await postJson<unknown>(`/api/register/${command}`, body, { "idempotency-key": idempotencyKey() }), setJob);
      setMessage(`${done}: ${commandSummary(result)}`);
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  const importFile = async (file: File | undefined) => file && send("import-holders", { csv: await file.text() }, `Holders imported from ${file.name}`);
  return (
    <section aria-labelledby="setup-h">
      <h2 id="setup-h">Set up</h2>
      <div className="toolbar">
        <label htmlFor="reg-plan">Plan</label>
        <select id="reg-plan" value={plan} onChange={(e) => setPlan(e.target.value)}>
          {plans.filter((p) => p.builtIn !== false).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <button type="button" onClick={() => send("init", { plan }, "Register created")}>Create the register</button>
        <label htmlFor="reg-holders">Import holders of record (CSV)</label>
        <input id="reg-holders" type="file" accept=".csv,text/csv" onChange={(e) => importFile(e.target.files?.[0])} />
      </div>
      <div className="toolbar">
        <label htmlFor="reg-scenario">Scenario's facts</label>
        <select id="reg-scenario" value={scenario} onChange={(e) => setScenario(e.target.value)}>
          <option value="">(choose)</option>
          {saved.map((x) => <option key={x.name} value={x.name}>{x.title ?? x.name}</option>)}
        </select>
        <button type="button" disabled={!scenario} onClick={() => send("apply", { name: scenario }, `Facts of ${scenario} applied`)}>Apply</button>
      </div>
      <div className="toolbar">
        {(["from", "to", "shares", "at"] as const).map((k) => (
          <span key={k}>
            <label htmlFor={`transfer-${k}`}>{k === "at" ? "Transfer at (date)" : `Transfer ${k}`}</label>{" "}
            <input id={`transfer-${k}`} type={k === "at" ? "date" : "text"} inputMode={k === "shares" ? "numeric" : undefined} value={transfer[k]} onChange={(e) => setTransfer({ ...transfer, [k]: e.target.value })} />
          </span>
        ))}
        <button type="button" disabled={!transfer.from || !transfer.to || !transfer.shares} onClick={() => send("transfer", { from: transfer.from, to: transfer.to, shares: countOf(transfer.shares), ...(transfer.at ? { at: transfer.at } : {}) }, "Transferred")}>Transfer</button>
      </div>
      <div className="toolbar">
        {(["holder", "shares", "at"] as const).map((k) => (
          <span key={k}>
            <label htmlFor={`issue-${k}`}>{k === "at" ? "Issue at (date)" : k === "holder" ? "Issue new shares to" : "New shares"}</label>{" "}
            <input id={`issue-${k}`} type={k === "at" ? "date" : "text"} inputMode={k === "shares" ? "numeric" : undefined} value={issue[k]} onChange={(e) => setIssue({ ...issue, [k]: e.target.value })} />
          </span>
        ))}
        <label>
          <input type="checkbox" checked={issue.withRights} onChange={(e) => setIssue({ ...issue, withRights: e.target.checked })} /> with Rights after the Distribution Date (the Board's decision)
        </label>
        <button type="button" disabled={!issue.holder || !issue.shares} onClick={() => send("issue", { holder: issue.holder, shares: countOf(issue.shares), ...(issue.withRights ? { withRights: true } : {}), ...(issue.at ? { at: issue.at } : {}) }, "Shares issued")}>Issue</button>
      </div>
      <JobProgress job={job} />
      <p role="status" data-testid="setup-status">{message}</p>
      <Problem error={error} />
    </section>
  );
}

function JobProgress({ job }: { job: Job | null }) {
  if (!job || (job.state !== "queued" && job.state !== "running")) return null;
  return (
    <p>
      <label htmlFor={`job-${job.id}`}>{job.kind}: {job.state}</label>{" "}
      <progress id={`job-${job.id}`} max={job.progress.total || 1} value={job.progress.done} /> {job.progress.done.toLocaleString("en-US")} of {job.progress.total.toLocaleString("en-US")}
    </p>
  );
}

/** A distribution or a redemption, run as a job with its progress shown. */
function Commands({ onDone }: { onDone: () => void }) {
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [at, setAt] = useState("");
  const run = async (command: "distribute" | "redeem") => {
    setError(null);
    setMessage("");
    try {
      const answer = await postJson<unknown>(`/api/register/${command}`, at ? { at } : {}, { "idempotency-key": idempotencyKey() });
      const result = await resultOf(answer, setJob);
      setMessage(`${command === "distribute" ? "Distribution" : "Redemption"} done: ${commandSummary(result)}`);
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section aria-labelledby="runs-h">
      <h2 id="runs-h">Runs</h2>
      <div className="toolbar">
        <label htmlFor="run-at">At (date, optional)</label>
        <input id="run-at" type="date" value={at} onChange={(e) => setAt(e.target.value)} />
        <button type="button" className="primary" onClick={() => run("distribute")}>Run the distribution</button>
        <button type="button" onClick={() => run("redeem")}>Pay the redemption</button>
      </div>
      <JobProgress job={job} />
      <p role="status" data-testid="run-status">{message}</p>
      <Problem error={error} />
    </section>
  );
}

/** A holder's page as the server gives it (GET /api/register/holders/:holder, src/register/holderPage.ts). */
interface HolderDetail {
  readonly holder: { readonly id: string; readonly name: string; readonly kind: string; readonly address: string | null };
  readonly balances: { readonly shares: number; readonly rights: number; readonly voidRights: number; readonly cash: string; readonly preferred: string };
  readonly certificates: readonly Row[];
  readonly exercises: readonly { readonly at: string; readonly rights: number; readonly paid: string; readonly delivered: readonly { security: string; quantity: string }[]; readonly cashInLieu: string; readonly certificate: number | null }[];
  readonly payments: readonly Row[];
}

/** A holder of record: its shares, Rights (void ones flagged, R-7e), certificates, exercises and payments, and the exercise form. */
function HolderPage({ id, onClose, onChanged, canAct }: { id: string; onClose: () => void; onChanged: () => void; canAct: boolean }) {
  const [page, setPage] = useState<HolderDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    getJson<HolderDetail>(`/api/register/holders/${encodeURIComponent(id)}`).then(setPage, setError);
  }, [id]);
  useEffect(load, [load]);
  const b = page?.balances;
  const stem = `holder-${id}`;
  // Opened, the page takes the focus at its heading: it is drawn below the list of holders, 50
  // rows and the pager away from the button that opened it, and nothing said it had opened (web3).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="holder-h" className="panel holder" data-testid="holder-page">
      <h2 id="holder-h" ref={heading} tabIndex={-1}>Holder {id}{page ? `: ${page.holder.name}` : ""}</h2>
      <Problem error={error} />
      {page && b && (
        <>
          <dl className="state">
            <div><dt>Kind</dt><dd>{page.holder.kind}</dd></div>
            {page.holder.address && <div><dt>Address</dt><dd>{page.holder.address}</dd></div>}
            <div><dt>Shares</dt><dd>{shares(b.shares)}</dd></div>
            <div><dt>Valid Rights</dt><dd>{shares(b.rights)}</dd></div>
            <div data-testid="holder-void"><dt>Void Rights</dt><dd>{b.voidRights ? <>{shares(b.voidRights)} <span className="rule">void, R-7e</span></> : "none"}</dd></div>
            <div><dt>Cash (net)</dt><dd>{dollars(b.cash)}</dd></div>
            {b.preferred !== "0" && <div><dt>Preferred</dt><dd>{b.preferred}</dd></div>}
          </dl>
          <DataTable caption={`Certificates of ${id}`} rows={page.certificates} fileStem={`${stem}-certificates`} pageSize={10} />
          <DataTable caption={`Exercises by ${id}`} rows={page.exercises.map((e) => ({ at: e.at, rights: e.rights, paid: e.paid, delivered: e.delivered.map((d) => `${d.quantity} ${d.security}`).join(", "), cashInLieu: e.cashInLieu, newCertificate: e.certificate ?? "" }))} fileStem={`${stem}-exercises`} pageSize={10} dollarColumns={["paid", "cashInLieu"]} />
          <DataTable caption={`Payments to and from ${id}`} rows={page.payments} fileStem={`${stem}-payments`} pageSize={10} dollarColumns={["amount"]} />
        </>
      )}
      {canAct && <Exercise holder={id} onExercised={() => { load(); onChanged(); }} />}
      {canAct && <TransferRights holder={id} onTransferred={() => { load(); onChanged(); }} />}
      <button type="button" onClick={onClose}>Close the holder's page</button>
    </section>
  );
}

const CERTIFICATION = "The holder certifies that it is not an Acquiring Person, nor an Affiliate or Associate of one, nor a transferee of any of them (Section 7(e)).";

/** A command of a holder's page: posted under a new idempotency key; its status line says what it did, or the problem shows. */
function useHolderCommand(command: string, done: string, onDone: () => void) {
  const [result, setResult] = useState("");
  const [error, setError] = useState<unknown>(null);
  const send = async (e: FormEvent, body: object) => {
    e.preventDefault();
    setError(null);
    try {
      setResult(`${done}: ${commandSummary(await postJson<unknown>(`/api/register/${command}`, body, { "idempotency-key": idempotencyKey() }))}`);
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return { result, error, send };
}

function Exercise({ holder, onExercised }: { holder: string; onExercised: () => void }) {
  const [rights, setRights] = useState("");
  const [at, setAt] = useState("");
  const [certified, setCertified] = useState(false);
  const { result, error, send } = useHolderCommand("exercise", "Exercised", onExercised);
  return (
    <form onSubmit={(e) => send(e, { holder, rights: countOf(rights), certify: true, ...(at ? { at } : {}) })} aria-labelledby="exercise-h">
      <h3 id="exercise-h">Exercise Rights</h3>
      <div className="toolbar">
        <label htmlFor="exercise-rights">Rights to exercise</label>
        <input id="exercise-rights" type="text" inputMode="numeric" required value={rights} onChange={(e) => setRights(e.target.value)} />
        <label htmlFor="exercise-at">On (date; default today)</label>
        <input id="exercise-at" type="date" value={at} onChange={(e) => setAt(e.target.value)} />
      </div>
      <label className="inline">
        <input type="checkbox" required checked={certified} onChange={(e) => setCertified(e.target.checked)} /> {CERTIFICATION}
      </label>
      <div className="toolbar">
        <button type="submit" className="primary" disabled={!certified}>Exercise</button>
      </div>
      <p role="status" data-testid="exercise-status">{result}</p>
      <Problem error={error} />
    </form>
  );
}

/**
 * After the distribution the Rights trade apart from the shares (R-3-separation): the holder's
 * certificate is surrendered and the transferee gets one for the Rights it bought, the holder one
 * for those it keeps. Void Rights, and transfers to an Acquiring Person's holders, are refused (R-7e).
 */
function TransferRights({ holder, onTransferred }: { holder: string; onTransferred: () => void }) {
  const [to, setTo] = useState("");
  const [rights, setRights] = useState("");
  const [at, setAt] = useState("");
  const { result, error, send } = useHolderCommand("transfer-rights", "Rights transferred", onTransferred);
  return (
    <form onSubmit={(e) => send(e, { from: holder, to, rights: countOf(rights), ...(at ? { at } : {}) })} aria-labelledby="transfer-rights-h">
      <h3 id="transfer-rights-h">Transfer Rights (after the distribution)</h3>
      <div className="toolbar">
        <label htmlFor="transfer-rights-count">Rights to transfer</label>
        <input id="transfer-rights-count" type="text" inputMode="numeric" required value={rights} onChange={(e) => setRights(e.target.value)} />
        <label htmlFor="transfer-rights-to">To holder of record</label>
        <input id="transfer-rights-to" type="text" required value={to} onChange={(e) => setTo(e.target.value)} />
        <label htmlFor="transfer-rights-at">Date of the transfer (default today)</label>
        <input id="transfer-rights-at" type="date" value={at} onChange={(e) => setAt(e.target.value)} />
        <button type="submit">Transfer Rights</button>
      </div>
      <p role="status" data-testid="transfer-rights-status">{result}</p>
      <Problem error={error} />
    </form>
  );
}

function Checks({ admin }: { admin: boolean }) {
  const [verdict, setVerdict] = useState("");
  const [audit, setAudit] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const verify = () => postJson<unknown>("/api/register/verify", {}).then((v) => setVerdict(JSON.stringify(v, null, 2)), setError);
  return (
    <section aria-labelledby="checks-h">
      <h2 id="checks-h">Checks</h2>
      <div className="toolbar">
        <button type="button" onClick={verify}>Verify the register</button>
        {admin && <button type="button" onClick={() => getJson<unknown>("/api/audit").then((b) => setAudit(rowsOf(b)), setError)}>Show the audit trail</button>}
      </div>
      <Problem error={error} />
      {verdict && <pre data-testid="verify">{verdict}</pre>}
      {audit && <DataTable caption="Audit trail" rows={audit} fileStem="audit" />}
    </section>
  );
}
