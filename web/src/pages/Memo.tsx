/**
 * The memo counsel would file, from a saved scenario (POST /api/analyses/memo, the CLI's
 * `report`): To, From, Re and Date above it, an optional privilege legend, then the memo itself
 * (each conclusion with the Agreement's words and rule, figures with separators, the open
 * questions and the assumed terms). Download as HTML or DOCX; PDF is the browser's own print.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { postForBlob, postForText } from "../api.js";
import { download } from "../download.js";
import { Problem } from "../components/Problem.js";
import { useList, type ScenarioListed } from "../useList.js";
import { withHeading, type MemoHeading } from "../memoHeading.js";
import type { PageProps } from "./props.js";

const today = () => new Date().toLocaleDateString("en-CA", { timeZone: "America/New_York" });

export default function Memo({ args }: PageProps) {
  const [saved] = useList<ScenarioListed>("/api/scenarios");
  const [name, setName] = useState(args[0] ?? "");
  const [heading, setHeading] = useState<MemoHeading>({ to: "Board of Directors", from: "", re: "", date: today(), privileged: true });
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (!name && saved[0]) setName(saved[0].name);
  }, [saved, name]);
  useEffect(() => {
    const s = saved.find((x) => x.name === name);
    if (s) setHeading((h) => ({ ...h, re: s.title ?? s.name }));
  }, [name, saved]);

  const request = (format: string) => ({ name, format, date: heading.date });
  const make = async () => {
    setError(null);
    try {
      setHtml(await postForText("/api/analyses/memo", request("html")));
    } catch (e) {
      setError(e);
    }
  };
  const shown = useMemo(() => (html ? withHeading(html, heading) : null), [html, heading]);
  const stem = `memo-${name}-${heading.date}`;
  const set = (k: keyof MemoHeading, v: string | boolean) => setHeading({ ...heading, [k]: v });
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
            <input id={`memo-${k}`} value={heading[k]} onChange={(e) => set(k, e.target.value)} />
          </span>
        ))}
        <span className="field">
          <label htmlFor="memo-date">Date</label>
          <input id="memo-date" type="date" value={heading.date} onChange={(e) => set("date", e.target.value)} />
        </span>
        <label className="inline"><input type="checkbox" checked={heading.privileged} onChange={(e) => set("privileged", e.target.checked)} /> Privilege legend</label>
      </div>
      <div className="toolbar">
        <button type="button" className="primary" onClick={make} disabled={!name}>Write the memo</button>
        {shown && (
          <>
            <button type="button" onClick={() => download(`${stem}.html`, new Blob([shown], { type: "text/html" }))}>Download HTML</button>
            <button type="button" onClick={async () => { try { download(`${stem}.docx`, await postForBlob("/api/analyses/memo", request("docx"))); } catch (e) { setError(e); } }}>Download DOCX</button>
            <button type="button" onClick={() => frame.current?.contentWindow?.print()}>Print or save as PDF</button>
          </>
        )}
      </div>
      <Problem error={error} />
      {shown && <iframe ref={frame} title="The memo" className="memo-preview" srcDoc={shown} />}
    </div>
  );
}
