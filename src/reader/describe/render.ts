/**
 * A description in Markdown (each sentence with a footnote listing the terms it states), HTML
 * (each sentence a span whose data-terms attribute lists them) or plain text (numbered notes).
 * A term the plan's sources do not state (R-X13: assumed) is said to be so in its note (HTML:
 * data-assumed), and a description stating any says so first.
 */
import type { Stated } from "./sentences.js";

export const DESCRIPTION_FORMATS = ["md", "html", "text"] as const;
export type DescriptionFormat = (typeof DESCRIPTION_FORMATS)[number];

export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly (readonly Stated[])[];
  /** The terms of this section's values that the plan's sources do not state, with why each was assumed (R-X13). */
  readonly assumed: ReadonlyMap<string, string>;
}

/** What a sentence's note says: the terms it states, and which of them were assumed, and why. */
function noteOf(st: Stated, assumed: ReadonlyMap<string, string>): string {
  const unstated = st.terms.filter((t) => assumed.has(t));
  return `terms: ${st.terms.join(", ")}${unstated.length ? ` — assumed, not stated by the plan's sources: ${unstated.map((t) => `${t} (${assumed.get(t)})`).join("; ")}` : ""}`;
}

const ASSUMED_LEAD = "Some terms below are assumed, not stated by the filings the plan was read from (R-X13): the notes name them and say why; the sentences stating them say what the plan's terms file assumes.";

const statesAssumed = (sections: readonly Section[]) => sections.some((s) => s.paragraphs.some((p) => p.some((st) => st.terms.some((t) => s.assumed.has(t)))));

const WIDTH = 96;

/** The number of each distinct note, in order of first use. */
function notesOf(sections: readonly Section[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const s of sections) for (const p of s.paragraphs) for (const st of p) {
    const note = noteOf(st, s.assumed);
    if (!notes.has(note)) notes.set(note, notes.size + 1);
  }
  return notes;
}

/** The sentence with a marker before its final full stop ("... (the "Record Date")[^1]."). */
function marked(sentence: string, marker: string): string {
  return sentence.endsWith(".") ? `${sentence.slice(0, -1)}${marker}.` : `${sentence}${marker}`;
}

/** Text wrapped at WIDTH columns, breaking only at spaces. */
function wrapped(text: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function markdown(title: string, sections: readonly Section[]): string {
  const notes = notesOf(sections);
  const body = sections.flatMap((s) => [`## ${s.heading}`, ...s.paragraphs.map((p) => wrapped(p.map((st) => marked(st.text, `[^${notes.get(noteOf(st, s.assumed))}]`)).join(" ")))]);
  const footnotes = [...notes].map(([note, n]) => `[^${n}]: ${note}`);
  return [`# ${title}`, ...(statesAssumed(sections) ? [wrapped(ASSUMED_LEAD)] : []), ...body, footnotes.join("\n")].join("\n\n");
}

function html(title: string, sections: readonly Section[]): string {
  const span = (st: Stated, assumed: ReadonlyMap<string, string>) => {
    const unstated = st.terms.filter((t) => assumed.has(t));
    return `<span data-terms="${escapeHtml(st.terms.join(" "))}"${unstated.length ? ` data-assumed="${escapeHtml(unstated.join(" "))}" title="${escapeHtml(noteOf(st, assumed))}"` : ""}>${escapeHtml(st.text)}</span>`;
  };
  const body = sections.flatMap((s) => [`<h2>${escapeHtml(s.heading)}</h2>`, ...s.paragraphs.map((p) => `<p>${p.map((st) => span(st, s.assumed)).join(" ")}</p>`)]);
  return [`<article class="rights-description">`, `<h1>${escapeHtml(title)}</h1>`, ...(statesAssumed(sections) ? [`<p class="assumed-lead">${escapeHtml(ASSUMED_LEAD)}</p>`] : []), ...body, `</article>`].join("\n");
}

function text(title: string, sections: readonly Section[]): string {
  const notes = notesOf(sections);
  const body = sections.flatMap((s) => [s.heading.toUpperCase(), ...s.paragraphs.map((p) => wrapped(p.map((st) => marked(st.text, ` [${notes.get(noteOf(st, s.assumed))}]`)).join(" ")))]);
  const list = [...notes].map(([note, n]) => `[${n}] ${note}`);
  return [title, ...(statesAssumed(sections) ? [wrapped(ASSUMED_LEAD)] : []), ...body, `Terms stated by each sentence:\n${list.join("\n")}`].join("\n\n");
}

export function rendered(format: DescriptionFormat, title: string, sections: readonly Section[]): string {
  return format === "md" ? markdown(title, sections) : format === "html" ? html(title, sections) : text(title, sections);
}
