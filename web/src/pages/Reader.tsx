/**
 * The reader: drop a filing (text, HTML, PDF, DOCX) and see its text with each term found
 * highlighted beside the terms table; fix a term by selecting its words in the text; save the
 * terms as a plan. The batch tab reads many filings, one row each, as a table to download.
 */
import { useMemo, useRef, useState, type DragEvent } from "react";
import { postJson, putJson } from "../api.js";
import { termValueText } from "../../../src/terms/valueText.js";
import { DataTable, type Row } from "../components/DataTable.js";
import { TableExport } from "../components/TableExport.js";
import { Problem } from "../components/Problem.js";
import { Tabs } from "../components/Tabs.js";
import { NAME_PATTERN } from "../patterns.js";
import { termValueOf } from "../termValue.js";
import { filingTextOf, nextOccurrence, type FilingText } from "../filingText.js";
import type { PageProps } from "./props.js";

interface FoundTerm {
  readonly value: unknown;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly file: string;
}

/** POST /api/reader/read: what `rightsplan read --json` prints. */
interface Reading {
  readonly summary: Readonly<Record<string, unknown>>;
  readonly terms: Readonly<Record<string, FoundTerm>>;
  readonly notFound: readonly string[];
  readonly plan?: { id: string; name: string; source: string; terms: Record<string, { value: unknown; source: string; assumed?: string }>; amendments: unknown[] };
  /** Each document read; one whose passages point into text extracted from it (PDF, Word) comes with that text. */
  readonly documents: readonly { file: string; format: string; offsetsInto: string; text?: string }[];
}

interface Filing {
  readonly name: string;
  readonly content: string;
  readonly encoding: "utf8" | "base64";
  /** The text shown with highlights: the file's (HTML without its markup), or for a PDF or DOCX the text the server extracted (null until read). */
  readonly text: FilingText | null;
}

const TEXT = /\.(txt|htm|html)$/i;

async function filingOf(file: File): Promise<Filing> {
  if (TEXT.test(file.name)) {
    const text = await file.text();
    return { name: file.name, content: text, encoding: "utf8", text: filingTextOf(text) };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, content: btoa(binary), encoding: "base64", text: null };
}

const wire = (f: Filing) => ({ name: f.name, content: f.content, encoding: f.encoding });

export default function Reader({ may }: PageProps) {
  return (
    <div className="reader">
      <h1>Reader</h1>
      <Tabs label="Reader" tabs={[
        { id: "one", label: "One filing", render: () => <OneFiling canSave={may("write-scenarios")} /> },
        { id: "batch", label: "Batch", render: () => <Batch /> },
      ]} />
    </div>
  );
}

function DropZone({ multiple, onFiles }: { multiple: boolean; onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    onFiles([...e.dataTransfer.files]);
  };
  return (
    <div className={`dropzone${over ? " over" : ""}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <label htmlFor={multiple ? "filings" : "filing"}>{multiple ? "Drop filings here, or choose them" : "Drop a filing here (text, HTML, PDF, DOCX), or choose it"}</label>{" "}
      <input id={multiple ? "filings" : "filing"} type="file" multiple={multiple} accept=".txt,.htm,.html,.pdf,.docx" onChange={(e) => onFiles([...(e.target.files ?? [])])} />
    </div>
  );
}

function OneFiling({ canSave }: { canSave: boolean }) {
  const [filing, setFiling] = useState<Filing | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [terms, setTerms] = useState<Record<string, FoundTerm>>({});
  const [fixed, setFixed] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  /** The filing being read (a long PDF takes seconds): said on the page. */
  const [inProgress, setInProgress] = useState("");
  const read = async (files: File[]) => {
    setError(null);
    setInProgress(files[0]?.name ?? "");
    try {
      const f = await filingOf(files[0]);
      setFiling(f);
      const r = await postJson<Reading>("/api/reader/read", { files: [wire(f)] });
      const extracted = r.documents[0]?.text;
      if (f.text === null && extracted !== undefined) setFiling({ ...f, text: filingTextOf(extracted) });
      setReading(r);
      setTerms({ ...r.terms });
      setFixed(new Set());
    } catch (e) {
      setError(e);
    } finally {
      setInProgress("");
    }
  };
  const fix = (term: string, found: FoundTerm) => {
    setTerms({ ...terms, [term]: found });
    setFixed(new Set([...fixed, term]));
  };
  return (
    <>
      <DropZone multiple={false} onFiles={read} />
      <p role="status" className="loading" data-testid="reader-progress">{inProgress && `Reading ${inProgress}…`}</p>
      <Problem error={error} />
      {filing && reading && (
        <>
          {canSave && <SavePlan filing={filing} reading={reading} terms={terms} fixed={fixed} />}
          <div className="split">
            {filing.text !== null ? <Highlighted text={filing.text} terms={terms} onFix={fix} file={filing.name} /> : <p>The server gave no text for this filing; its terms are listed here.</p>}
            <div>
              <TableExport caption={`Terms read from ${filing.name}`} fileStem={`terms-${filing.name}`} header={["term", "value", "passage", "confidence", "fixedByHand"]} rows={[...Object.entries(terms).map(([t, f]) => [t, termValueText(f.value), passageOf(filing, f), f.confidence, fixed.has(t)]), ...reading.notFound.map((t) => [t, "not found", "", "", false])]} />
              <TermsTable terms={terms} notFound={reading.notFound} fixed={fixed} passage={(f) => passageOf(filing, f)} />
            </div>
          </div>
        </>
      )}
    </>
  );
}

/**
 * The filing's text with each term's passage marked (an HTML filing shown without its markup,
 * filingText.ts); words selected with the mouse, or found by typing them (the keyboard's way), can
 * become a term's passage. Passages and selections are kept as offsets into the file as it came,
 * as the reader gives them.
 */
function Highlighted({ text, terms, file, onFix }: { text: FilingText; terms: Record<string, FoundTerm>; file: string; onFix: (term: string, f: FoundTerm) => void }) {
  /** The selection, in offsets of the text shown. */
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [term, setTerm] = useState(Object.keys(terms)[0] ?? "acquiringPersonThresholdPercent");
  const [value, setValue] = useState("");
  const [sought, setSought] = useState("");
  const [notFound, setNotFound] = useState("");
  const pre = useRef<HTMLPreElement>(null);
  // The text cut at every passage's start and end: a piece inside several passages (a company's
  // name inside the sentence that dates the plan) is marked with each of their terms.
  const pieces = useMemo(() => {
    const spans = Object.entries(terms).filter(([, f]) => f.end > f.start).map(([name, f]) => [name, text.shownSpan(f.start, f.end)] as const).filter(([, [start, end]]) => end > start);
    const cuts = [...new Set([0, text.shown.length, ...spans.flatMap(([, span]) => span)])].sort((a, b) => a - b);
    return cuts.slice(0, -1).map((at, i) => {
      const covering = spans.filter(([, [start, end]]) => start <= at && end >= cuts[i + 1]).map(([name]) => name);
      return { text: text.shown.slice(at, cuts[i + 1]), at, term: covering.length ? covering.join(", ") : undefined };
    });
  }, [text, terms]);
  const select = (start: number, end: number) => {
    setSelection({ start, end });
    setValue(String(termValueOf(text.shown.slice(start, end))));
  };
  /** The selection's offsets in the text shown (each piece's span knows where it starts). */
  const onSelect = () => {
    const s = getSelection();
    if (!s || s.isCollapsed || !s.anchorNode || !s.focusNode) return setSelection(null);
    const offset = (node: Node, within: number) => Number((node.parentElement?.closest("[data-at]") as HTMLElement | null)?.dataset.at ?? NaN) + within;
    const [a, b] = [offset(s.anchorNode, s.anchorOffset), offset(s.focusNode, s.focusOffset)];
    if (Number.isNaN(a) || Number.isNaN(b)) return setSelection(null);
    select(Math.min(a, b), Math.max(a, b));
  };
  /** The next place the words typed stand in the text (after the selection, then from the top), selected and scrolled to. */
  const find = () => {
    const at = nextOccurrence(text.shown, sought, selection ? selection.start + 1 : 0);
    if (at < 0) return setNotFound(`“${sought}” is not in the text.`);
    setNotFound("");
    select(at, at + sought.trim().length);
    showSelected(pre.current, at, at + sought.trim().length);
  };
  return (
    <div>
      <div className="toolbar">
        <label htmlFor="find-words">Find words in the text</label>
        <input id="find-words" value={sought} onChange={(e) => setSought(e.target.value)} onKeyDown={(e) => { if (e.key === "Enter" && sought.trim()) find(); }} />
        <button type="button" onClick={find} disabled={!sought.trim()}>Find and select</button>
        <span role="status">{notFound}</span>
      </div>
      <div className="fixer toolbar" aria-live="polite">
        {selection ? (
          <>
            <span>Selected: “{text.shown.slice(selection.start, Math.min(selection.end, selection.start + 80))}{selection.end - selection.start > 80 ? "…" : ""}”</span>
            <label htmlFor="fix-term">is the passage of</label>
            <select id="fix-term" value={term} onChange={(e) => setTerm(e.target.value)}>
              {[...new Set([...Object.keys(terms), term])].map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
            <label htmlFor="fix-value">with the value</label>
            <input id="fix-value" value={value} onChange={(e) => setValue(e.target.value)} />
            <button type="button" onClick={() => { const [start, end] = text.fileSpan(selection.start, selection.end); onFix(term, { value: termValueOf(value), quote: text.shown.slice(selection.start, selection.end), start, end, confidence: 1, file }); setSelection(null); }}>Fix the term</button>
          </>
        ) : (
          <span>Select words in the text, or find them above, to make them a term's passage.</span>
        )}
      </div>
      <pre ref={pre} className="filing" tabIndex={0} aria-label="The filing's text, terms highlighted" onMouseUp={onSelect} onKeyUp={onSelect}>
        {pieces.map((p, i) => (p.term ? <mark key={i} data-at={p.at} title={p.term}>{p.text}</mark> : <span key={i} data-at={p.at}>{p.text}</span>))}
      </pre>
    </div>
  );
}

/** Selects the shown characters [start, end) in the page, as a mouse would have, and scrolls them into view. */
function showSelected(pre: HTMLPreElement | null, start: number, end: number): void {
  if (!pre) return;
  const point = (offset: number): [Node, number] | undefined => {
    for (const piece of pre.querySelectorAll<HTMLElement>("[data-at]")) {
      const at = Number(piece.dataset.at);
      const node = piece.firstChild;
      if (node && offset >= at && offset <= at + (node.textContent ?? "").length) return [node, offset - at];
    }
    return undefined;
  };
  const [from, to] = [point(start), point(end)];
  if (!from || !to) return;
  getSelection()?.setBaseAndExtent(from[0], from[1], to[0], to[1]);
  (from[0].parentElement as HTMLElement | null)?.scrollIntoView({ block: "center" });
}

/** A term's passage as the page shows the filing (an HTML filing's without its markup), else as the reader quoted it. */
function passageOf(filing: Filing, f: FoundTerm): string {
  return (filing.text && filing.text.shown.slice(...filing.text.shownSpan(f.start, f.end))) || f.quote;
}

function TermsTable({ terms, notFound, fixed, passage }: { terms: Record<string, FoundTerm>; notFound: readonly string[]; fixed: Set<string>; passage: (f: FoundTerm) => string }) {
  return (
    <table data-testid="terms-read">
      <caption>Terms read</caption>
      <thead><tr><th scope="col">Term</th><th scope="col">Value</th><th scope="col">Passage</th><th scope="col" className="num">Confidence</th></tr></thead>
      <tbody>
        {Object.entries(terms).map(([t, f]) => (
          <tr key={t}>
            <th scope="row">{t}{fixed.has(t) && <span className="assumed"> (fixed by hand)</span>}</th>
            <td>{termValueText(f.value)}</td>
            <td><q>{passage(f)}</q></td>
            <td className="num">{f.confidence.toFixed(2)}</td>
          </tr>
        ))}
        {notFound.map((t) => <tr key={t}><th scope="row">{t}</th><td colSpan={3}>not found in the filing</td></tr>)}
      </tbody>
    </table>
  );
}

/** Saves the terms read as a plan: as read (POST /api/reader/plans), or with the hand fixes (PUT /api/plans/:id). */
function SavePlan({ filing, reading, terms, fixed }: { filing: Filing; reading: Reading; terms: Record<string, FoundTerm>; fixed: Set<string> }) {
  const [id, setId] = useState(reading.plan?.id ?? "");
  const [status, setStatus] = useState("");
  const save = async () => {
    try {
      if (fixed.size && reading.plan) {
        const plan = { ...reading.plan, id, terms: { ...reading.plan.terms } };
        for (const t of fixed) plan.terms[t] = { value: terms[t].value, source: `${filing.name}: "${terms[t].quote}"` };
        await putJson(`/api/plans/${encodeURIComponent(id)}`, { terms: plan });
      } else {
        await postJson("/api/reader/plans", { files: [wire(filing)], ...(id ? { id } : {}) });
      }
      setStatus(`Saved as plan ${id}; it is in the Plans page.`);
    } catch (e) {
      setStatus(`Not saved: ${(e as Error).message}`);
    }
  };
  return (
    <div className="toolbar">
      <label htmlFor="plan-id">Plan id</label>
      <input id="plan-id" value={id} pattern={NAME_PATTERN} onChange={(e) => setId(e.target.value)} />
      <button type="button" className="primary" onClick={save} disabled={!id}>Save as a plan</button>
      <span role="status" data-testid="save-plan-status">{status}</span>
    </div>
  );
}

/** Many filings, read one by one, a row of the summary each: the table as CSV. */
function Batch() {
  const [rows, setRows] = useState<Row[]>([]);
  const [progress, setProgress] = useState("");
  const run = async (files: File[]) => {
    const out: Row[] = [];
    for (const [i, file] of files.entries()) {
      setProgress(`Reading ${i + 1} of ${files.length}: ${file.name}`);
      try {
        const r = await postJson<Reading>("/api/reader/read", { files: [wire(await filingOf(file))] });
        out.push({ file: file.name, ...r.summary });
      } catch (e) {
        out.push({ file: file.name, error: (e as Error).message });
      }
      setRows([...out]);
    }
    setProgress(`${files.length} filings read`);
  };
  return (
    <>
      <DropZone multiple onFiles={run} />
      <p role="status">{progress}</p>
      {rows.length > 0 && <DataTable caption="Terms by filing" rows={rows} fileStem="filings-terms" />}
    </>
  );
}
