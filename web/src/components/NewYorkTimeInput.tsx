/**
 * A New York wall-clock time field for a date, with what a time typed for a day the clocks change is
 * taken as beside it (wallClockNote). The scenario keeps the instant (a skipped 02:30 is 03:30), so the
 * field keeps showing the time as typed while it still names that instant, and the note says why.
 */
import { useState, type InputHTMLAttributes } from "react";
import { atOf, wallClockNote } from "../nyTime.js";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "onChange"> & {
  readonly date: string;
  /** The time the scenario holds, "HH:MM" ("" for none). */
  readonly time: string;
  readonly onTime: (time: string) => void;
};

export function NewYorkTimeInput({ date, time, onTime, ...input }: Props) {
  const [typed, setTyped] = useState("");
  const shown = typed && date && time && atOf(date, typed) === atOf(date, time) ? typed : time;
  const note = wallClockNote(date, shown);
  return (
    <>
      <input {...input} type="time" value={shown} onChange={(e) => (setTyped(e.target.value), onTime(e.target.value))} />
      {note && <span className="hint" role="note">{note}</span>}
    </>
  );
}
