/**
 * The scenario as forms: the company, the Persons (with their Affiliates and flags), the starting
 * holdings and the events, one row each, with a date picker and a time in New York time. Each
 * event's fields come from the scenario format's JSON Schema.
 */
import { memo, useCallback, useId, useMemo, useRef, type ReactNode } from "react";
import type { Person, ScenarioDoc, ScenarioEvent } from "../scenario.js";
import { EVENT_TYPES, eventFields, type FieldSpec } from "../scenarioSchema.js";
import { atOf, partsOf } from "../nyTime.js";
import { NewYorkTimeInput } from "./NewYorkTimeInput.js";
import { PERSON_ID_PATTERN } from "../patterns.js";
import { countOf, type Count } from "../count.js";

interface Props {
  readonly doc: ScenarioDoc;
  readonly plans: readonly { id: string; name: string }[];
  readonly onChange: (doc: ScenarioDoc) => void;
}

/** A Person's flags (scenario-format.md), each a checkbox with its column's heading and rule. */
const PERSON_FLAGS = [
  ["directorOfficer", "Director and officer (R-11a-ii(C))"],
  ["stockPlan", "Stock plan, no confidential tender (R-11a-ii(C))"],
  ["exempt", "Exempt (R-1a)"],
  ["grandfathered", "Grandfathered (R-1a-grandfather)"],
  ["passiveInvestor", "Passive investor"],
] as const;

export function ScenarioForm({ doc, plans, onChange }: Props) {
  const set = (patch: Partial<ScenarioDoc>) => onChange({ ...doc, ...patch });
  // The rows of Persons, holdings and events are drawn again only when their own data change (memo, with
  // callbacks that keep their identity and the Persons' ids): with 200 Persons and 1,000 events each
  // key typed in any field drew every row and its lists of 200 Persons again, 1-4 s a key (web3).
  // The ids as text, so a Person's name typed leaves them (and the rows) as they were.
  const idsText = JSON.stringify(doc.persons.map((p) => p.id));
  const ids = useMemo(() => JSON.parse(idsText) as string[], [idsText]);
  const setPerson = useStable((i: number, p: Person) => set({ persons: doc.persons.map((q, j) => (j === i ? p : q)) }));
  const setHolding = useStable((i: number, h: Holding) => set({ holdings: doc.holdings.map((q, j) => (j === i ? h : q)) }));
  const setEvent = useStable((i: number, e: ScenarioEvent) => set({ events: doc.events.map((q, j) => (j === i ? e : q)) }));
  // Each list's "Add" button, where the keyboard's focus goes when a row is removed: the row's own
  // Remove button goes with it, and the focus went to the page's body (web3).
  const adders = { persons: useRef<HTMLButtonElement>(null), holdings: useRef<HTMLButtonElement>(null), events: useRef<HTMLButtonElement>(null) };
  const remove = useStable((list: keyof typeof adders, i: number) => {
    set({ [list]: (doc[list] as readonly unknown[]).filter((_, j) => j !== i) });
    adders[list].current?.focus();
  });
  return (
    <div className="scenario-form">
      <fieldset>
        <legend>Scenario</legend>
        <Field label="Title">{(id) => <input id={id} value={doc.title ?? ""} onChange={(e) => set({ title: e.target.value })} />}</Field>
        <Field label="Plan">
          {(id) => (
            <select id={id} value={doc.plan} onChange={(e) => set({ plan: e.target.value })}>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="As of, date">
          {(id) => <input id={id} type="date" value={partsOf(doc.asOf ?? "").date} onChange={(e) => set({ asOf: e.target.value ? atOf(e.target.value, partsOf(doc.asOf ?? "").time) : undefined })} />}
        </Field>
        <Field label="As of, time (New York)">
          {(id) => <NewYorkTimeInput id={id} {...partsOf(doc.asOf ?? "")} disabled={!doc.asOf} onTime={(time) => set({ asOf: atOf(partsOf(doc.asOf!).date, time) })} />}
        </Field>
        <Field label="Shares outstanding">
          {(id) => <CountInput id={id} value={doc.company.sharesOutstanding} onChange={(sharesOutstanding) => set({ company: { ...doc.company, sharesOutstanding } })} />}
        </Field>
        <Field label="Authorized Common (optional)">
          {(id) => <CountInput id={id} value={doc.company.authorizedCommon} onChange={(authorizedCommon) => set({ company: { ...doc.company, authorizedCommon } })} />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>Persons, groups and Affiliates</legend>
        <table className="edit">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Name</th>
              <th scope="col">Affiliates (ids, comma-separated; R-1b)</th>
              {PERSON_FLAGS.map(([flag, heading]) => <th key={flag} scope="col">{heading}</th>)}
              <th scope="col">Holders of record (ids, comma-separated)</th>
              <th scope="col"><span className="sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {doc.persons.map((p, i) => <PersonRow key={i} index={i} person={p} onChange={setPerson} onRemove={remove} />)}
          </tbody>
        </table>
        <button type="button" ref={adders.persons} onClick={() => set({ persons: [...doc.persons, { id: `person-${doc.persons.length + 1}` }] })}>Add a person</button>
      </fieldset>

      <fieldset>
        <legend>Holdings at the start</legend>
        <table className="edit">
          <thead>
            <tr><th scope="col">Person</th><th scope="col">Shares</th><th scope="col"><span className="sr-only">Remove</span></th></tr>
          </thead>
          <tbody>
            {doc.holdings.map((h, i) => <HoldingRow key={i} index={i} holding={h} ids={ids} onChange={setHolding} onRemove={remove} />)}
          </tbody>
        </table>
        <button type="button" ref={adders.holdings} onClick={() => set({ holdings: [...doc.holdings, { person: doc.persons[0]?.id ?? "", shares: 0 }] })}>Add a holding</button>
      </fieldset>

      <fieldset>
        <legend>Events (New York time)</legend>
        <table className="edit events">
          <thead>
            <tr><th scope="col">Date</th><th scope="col">Time (New York)</th><th scope="col">Event</th><th scope="col">Details</th><th scope="col">Note</th><th scope="col"><span className="sr-only">Remove</span></th></tr>
          </thead>
          <tbody>
            {doc.events.map((e, i) => (
              <EventRow key={i} index={i} event={e} ids={ids} onChange={setEvent} onRemove={remove} />
            ))}
          </tbody>
        </table>
        <button type="button" ref={adders.events} onClick={() => set({ events: [...doc.events, { at: doc.events.at(-1)?.at.slice(0, 10) ?? "2004-01-02", type: "acquire", person: doc.persons[0]?.id ?? "", shares: 1 }] })}>Add an event</button>
      </fieldset>
    </div>
  );
}

const listOf = (text: string): string[] | undefined => {
  const list = text.split(",").map((s) => s.trim()).filter(Boolean);
  return list.length ? list : undefined;
};

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** A function whose identity lasts across renders and that calls the latest `f` (a row's callbacks). */
function useStable<A extends unknown[]>(f: (...args: A) => void): (...args: A) => void {
  const latest = useRef(f);
  latest.current = f;
  return useCallback((...args: A) => latest.current(...args), []);
}

type Holding = ScenarioDoc["holdings"][number];
type RemoveRow = (list: "persons" | "holdings" | "events", i: number) => void;

const PersonRow = memo(function PersonRow({ index: i, person: p, onChange, onRemove }: { index: number; person: Person; onChange: (i: number, p: Person) => void; onRemove: RemoveRow }) {
  const setPerson = onChange;
  return (
    <tr>
      <td><input aria-label={`Person ${i + 1} id`} value={p.id} pattern={PERSON_ID_PATTERN} onChange={(e) => setPerson(i, { ...p, id: e.target.value })} /></td>
      <td><input aria-label={`Person ${i + 1} name`} value={p.name ?? ""} onChange={(e) => setPerson(i, { ...p, name: e.target.value || undefined })} /></td>
      <td><input aria-label={`Person ${i + 1} affiliates`} value={(p.affiliates ?? []).join(", ")} onChange={(e) => setPerson(i, { ...p, affiliates: listOf(e.target.value) })} /></td>
      {PERSON_FLAGS.map(([flag]) => (
        <td key={flag}><input type="checkbox" aria-label={`Person ${i + 1} ${flag}`} checked={p[flag] ?? false} onChange={(e) => setPerson(i, { ...p, [flag]: e.target.checked || undefined })} /></td>
      ))}
      <td><input aria-label={`Person ${i + 1} holders`} value={(p.holders ?? []).join(", ")} onChange={(e) => setPerson(i, { ...p, holders: listOf(e.target.value) })} /></td>
      <td><button type="button" className="link" onClick={() => onRemove("persons", i)}>Remove person {p.id || i + 1}</button></td>
    </tr>
  );
});

const HoldingRow = memo(function HoldingRow({ index, holding, ids, onChange, onRemove }: { index: number; holding: Holding; ids: readonly string[]; onChange: (i: number, h: Holding) => void; onRemove: RemoveRow }) {
  const n = index + 1;
  return (
    <tr>
      <td><PersonSelect label={`Holding ${n} person`} ids={ids} value={holding.person} onChange={(person) => onChange(index, { ...holding, person })} /></td>
      <td><CountInput label={`Holding ${n} shares`} value={holding.shares} onChange={(shares) => onChange(index, { ...holding, shares })} /></td>
      <td><button type="button" className="link" onClick={() => onRemove("holdings", index)}>Remove holding {n}</button></td>
    </tr>
  );
});

function PersonSelect({ label, ids, value, onChange }: { label: string; ids: readonly string[]; value: string; onChange: (v: string) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {!ids.includes(value) && <option value={value}>{value || "(choose)"}</option>}
      {ids.map((id) => (
        <option key={id} value={id}>{id}</option>
      ))}
    </select>
  );
}

const EventRow = memo(function EventRow({ index, event, ids, onChange: change, onRemove }: { index: number; event: ScenarioEvent; ids: readonly string[]; onChange: (i: number, e: ScenarioEvent) => void; onRemove: RemoveRow }) {
  const { date, time } = partsOf(event.at);
  const n = index + 1;
  const onChange = (next: ScenarioEvent) => change(index, next);
  const changeType = (type: string) => {
    const kept: ScenarioEvent = { at: event.at, type, ...(event.note ? { note: event.note } : {}) };
    for (const f of eventFields(type)) if (event[f.name] !== undefined) kept[f.name] = event[f.name];
    onChange(kept);
  };
  return (
    <tr>
      <td><input type="date" aria-label={`Event ${n} date`} value={date} required onChange={(e) => onChange({ ...event, at: atOf(e.target.value, time) })} /></td>
      <td><NewYorkTimeInput aria-label={`Event ${n} time, New York`} date={date} time={time} onTime={(t) => onChange({ ...event, at: atOf(date, t) })} /></td>
      <td>
        <select aria-label={`Event ${n} type`} value={event.type} onChange={(e) => changeType(e.target.value)}>
          {EVENT_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </td>
      <td className="details">
        {eventFields(event.type).map((f) => (
          <EventField key={f.name} spec={f} label={`Event ${n} ${f.name}`} value={event[f.name]} ids={ids} onChange={(v) => onChange(withField(event, f.name, v))} />
        ))}
      </td>
      <td><input aria-label={`Event ${n} note`} value={event.note ?? ""} onChange={(e) => onChange(withField(event, "note", e.target.value || undefined))} /></td>
      <td><button type="button" className="link" onClick={() => onRemove("events", index)}>Remove event {n}</button></td>
    </tr>
  );
});

export function withField(event: ScenarioEvent, name: string, value: unknown): ScenarioEvent {
  const next = { ...event };
  if (value === undefined) delete next[name];
  else next[name] = value;
  return next;
}

const PERSON_FIELDS = new Set(["person", "by", "subject", "bidder", "holder", "counterparty"]);

export function EventField({ spec, label, value, ids, onChange }: { spec: FieldSpec; label: string; value: unknown; ids: readonly string[]; onChange: (v: unknown) => void }) {
  const caption = <span className="field-name">{spec.name}{spec.required ? "" : " (optional)"}</span>;
  if (PERSON_FIELDS.has(spec.name)) return <label className="inline">{caption}<PersonSelect label={label} ids={ids} value={String(value ?? "")} onChange={onChange} /></label>;
  switch (spec.kind) {
    case "boolean":
      // Three states, not a checkbox: "no" (false) is not the same as "not given" (an amended offer's
      // allShares left as it was, a required field not yet answered).
      return (
        <label className="inline">{caption}
          <select aria-label={label} value={value === undefined ? "" : String(value)} onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value === "true")}>
            <option value="">{spec.required ? "(choose)" : "—"}</option>
            <option value="true">yes</option>
            <option value="false">no</option>
          </select>
        </label>
      );
    case "decimal":
      // An exact decimal, kept as the digits typed ("3.00"), never a binary number.
      return <label className="inline">{caption}<input aria-label={label} inputMode="decimal" value={value === undefined ? "" : String(value)} onChange={(e) => onChange(e.target.value.trim() || undefined)} /></label>;
    case "integer":
      return <label className="inline">{caption}<CountInput label={label} value={value as Count | undefined} onChange={onChange} /></label>;
    case "enum":
      return (
        <label className="inline">{caption}
          <select aria-label={label} value={String(value ?? "")} onChange={(e) => onChange(e.target.value || undefined)}>
            <option value="">—</option>
            {spec.options!.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </label>
      );
    case "list":
      return <label className="inline">{caption}<input aria-label={label} value={Array.isArray(value) ? value.join(", ") : ""} onChange={(e) => onChange(listOf(e.target.value))} /></label>;
    case "json":
      return <JsonField caption={caption} label={label} value={value} onChange={onChange} />;
    default:
      return <label className="inline">{caption}<input aria-label={label} value={String(value ?? "")} onChange={(e) => onChange(e.target.value || undefined)} /></label>;
  }
}

/**
 * A count of shares: typed with or without thousands separators; cleared, it leaves the field out
 * of the scenario (the evaluation names it as missing) instead of writing 0 (count.ts).
 */
function CountInput({ id, label, value, onChange }: { id?: string; label?: string; value: Count | undefined; onChange: (v: Count | undefined) => void }) {
  return <input id={id} aria-label={label} inputMode="numeric" value={value === undefined ? "" : String(value)} onChange={(e) => onChange(countOf(e.target.value))} />;
}

/** A structured field (an amendment's changes, a tender offer's sellers) as JSON text. */
function JsonField({ caption, label, value, onChange }: { caption: ReactNode; label: string; value: unknown; onChange: (v: unknown) => void }) {
  return (
    <label className="inline">{caption}
      <textarea aria-label={`${label} (JSON)`} rows={2} defaultValue={value === undefined ? "" : JSON.stringify(value)} onBlur={(e) => { try { onChange(e.target.value ? JSON.parse(e.target.value) : undefined); e.target.setCustomValidity(""); } catch { e.target.setCustomValidity("not JSON"); e.target.reportValidity(); } }} />
    </label>
  );
}
