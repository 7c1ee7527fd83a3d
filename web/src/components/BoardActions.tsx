/**
 * The Board's actions on a saved scenario (the issuer's role): redeem, exchange, amend, defer the
 * Distribution Date, qualify an offer, find a crossing inadvertent, require whole Preferred. Each
 * is added as an event and saved as the scenario's next version
 * (POST /api/scenarios/:name/board-actions).
 */
import { useMemo, useState } from "react";
import { postJson } from "../api.js";
import { BOARD_EVENT_TYPES } from "../../../src/server/schemas.js";
import { eventFields } from "../scenarioSchema.js";
import { atOf, partsOf } from "../nyTime.js";
import { NewYorkTimeInput } from "./NewYorkTimeInput.js";
import type { ScenarioDoc, ScenarioEvent } from "../scenario.js";
import { EventField, withField } from "./ScenarioForm.js";

export function BoardActions({ name, doc, onSaved }: { name: string; doc: ScenarioDoc; onSaved: () => void }) {
  const [event, setEvent] = useState<ScenarioEvent>({ at: doc.events.at(-1)?.at.slice(0, 10) ?? "", type: "redeem" });
  const [status, setStatus] = useState("");
  const { date, time } = partsOf(event.at);
  const ids = useMemo(() => doc.persons.map((p) => p.id), [doc.persons]);
  const add = async () => {
    try {
      const record = await postJson<{ version: number }>(`/api/scenarios/${encodeURIComponent(name)}/board-actions`, { events: [event] });
      setStatus(`Added; ${name} is now version ${record.version}`);
      onSaved();
    } catch (e) {
      setStatus(`Not added: ${(e as Error).message}`);
    }
  };
  return (
    <fieldset>
      <legend>Board action</legend>
      <div className="toolbar">
        <label htmlFor="board-type">Action</label>
        <select id="board-type" value={event.type} onChange={(e) => setEvent({ at: event.at, type: e.target.value })}>
          {BOARD_EVENT_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <label htmlFor="board-date">Date</label>
        <input id="board-date" type="date" value={date} onChange={(e) => setEvent({ ...event, at: atOf(e.target.value, time) })} />
        <label htmlFor="board-time">Time (New York)</label>
        <NewYorkTimeInput id="board-time" date={date} time={time} onTime={(t) => setEvent({ ...event, at: atOf(date, t) })} />
        {eventFields(event.type).map((f) => (
          <EventField key={f.name} spec={f} label={`Board action ${f.name}`} value={event[f.name]} ids={ids} onChange={(v) => setEvent(withField(event, f.name, v))} />
        ))}
        <button type="button" onClick={add} disabled={!date}>Add the Board action</button>
        <span role="status">{status}</span>
      </div>
    </fieldset>
  );
}
