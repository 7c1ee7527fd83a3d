/**
 * The memo counsel would file, from a saved scenario (POST /api/analyses/memo, the CLI's
 * `report`): counsel's To, From, Re and Date, an optional privilege legend above it, then the memo
 * itself (each conclusion with the Agreement's words and rule, figures with separators, the open
 * questions and the assumed terms). The server writes the heading into every format, so the
 * preview, the HTML and the DOCX say the same; PDF is the browser's own print of the preview.
 */
import { useEffect, useRef, useState } from "react";
import { postForBlob, postForText } from "../api.js";
import { download } from "../download.js";
import { Problem } from "../components/Problem.js";
import { useList, type ScenarioListed } from "../useList.js";
import type { PageProps } from "./props.js";
import { StayButton } from "../components/StayButton.js";

const today = () => new Date().toLocaleDateString("en-CA", { timeZone: "America/New_York" });

/**
 * What the memo says on a line left empty (src/analysis/report.ts): Re is the plan, the scenario
 * and the position's date, which a scenario's title alone does not say.
 */
const DEFAULT_LINES = { to: "File", from: "rightsplan (automated analysis)", re: "the plan, the scenario and the date of the position" } as const;

interface Heading {
  readonly to: string;
  readonly from: string;
  readonly re: string;
  readonly date: string;
  readonly privileged: boolean;
}

export default function Memo({ args }: PageProps) {
  const [saved] = useList<ScenarioListed>("/api/scenarios");
  const [name, setName] = useState(args[0] ?? "");
  const [heading, setHeading] = useState<Heading>({ to: "Board of Directors", from: "", re: "", date: today(), privileged: true });
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** What the server is writing now (a memo takes a second or more): said on the page, its button off. */
  const [working, setWorking] = useState("");
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (!name && saved[0]) setName(saved[0].name);
  }, [saved, name]);

  const { date, privileged, ...lines } = heading;
  const request = (format: string) => ({ name, format, date, heading: { ...lines, privileged } });
  const fetchHtml = () => postForText("/api/analyses/memo", request("html"));
  /** Runs `work` with `what` shown as the page's progress, and any failure as its problem. */
  const busy = async (what: string, work: () => Promise<void>) => {
    setError(null);
    setWorking(what);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setWorking("");
    }
  };
  const make = () => busy("Writing the memo…", async () => setHtml(await fetchHtml()));
  // A memo on screen follows its heading: each change is written again (after a pause in typing).
  useEffect(() => {
    if (html === null) return;
    const t = setTimeout(() => fetchHtml().then(setHtml, setError), 400);
    return () => clearTimeout(t);
    // Only the heading's edits start this; `html` itself changing must not.
  }, [heading]);
  const save = (format: "html" | "docx") =>
    busy(`Writing the ${format.toUpperCase()} file…`, async () => download(`memo-${name}-${date}.${format}`, format === "html" ? new Blob([await fetchHtml()], { type: "text/html" }) : await postForBlob("/api/analyses/memo", request("docx"))));
  const set = (k: keyof Heading, v: string | boolean) => setHeading({ ...heading, [k]: v });
  return (
    <div className="memo">
      <h1>Memo</h1>
      <div className="memo-form">
        <label htmlFor="memo-scenario">Scenario</label>
        <select id="memo-scenario" value={name} onChange={(e) => { setName(e.target.value); setHtml(null); }}>
          {saved.map((s) => <option key={s.name} value={s.name}>{s.title ?? s.name}</option>)}
        </select>
        {(["to", "from", "re"] as const).map((k) => (
          <span key={k} className="field">
            <label htmlFor={`memo-${k}`}>{k === "re" ? "Re" : k[0].toUpperCase() + k.slice(1)}</label>
            <input id={`memo-${k}`} value={heading[k]} placeholder={DEFAULT_LINES[k]} onChange={(e) => set(k, e.target.value)} />
          </span>
        ))}
        <span className="field">
          <label htmlFor="memo-date">Date</label>
          <input id="memo-date" type="date" value={heading.date} onChange={(e) => set("date", e.target.value)} />
        </span>
        <label className="inline"><input type="checkbox" checked={heading.privileged} onChange={(e) => set("privileged", e.target.checked)} /> Privilege legend</label>
      </div>
      <div className="toolbar">
        {/* Keeps the focus while the memo is written (a disabled button dropped it on the body; web3). */}
        <StayButton className="primary" onClick={make} unavailable={!name || working !== ""}>Write the memo</StayButton>
        {html && (
          <>
            <button type="button" onClick={() => save("html")}>Download HTML</button>
            <button type="button" onClick={() => save("docx")}>Download DOCX</button>
            <button type="button" onClick={() => frame.current?.contentWindow?.print()}>Print or save as PDF</button>
          </>
        )}
      </div>
      <p role="status" className="loading" data-testid="memo-progress">{working}</p>
      <Problem error={error} />
      {html && <iframe ref={frame} title="The memo" className="memo-preview" srcDoc={html} />}
    </div>
  );
}
