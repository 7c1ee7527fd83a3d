/**
 * A description in Markdown (each sentence with a footnote listing the terms it states), HTML
 * (each sentence a span whose data-terms attribute lists them) or plain text (numbered notes).
 */
import type { Stated } from "./sentences.js";

export const DESCRIPTION_FORMATS = ["md", "html", "text"] as const;
export type DescriptionFormat = (typeof DESCRIPTION_FORMATS)[number];

export interface Section {
  readonly heading: string;
  readonly paragraphs: readonly (readonly Stated[])[];
}

const WIDTH = 96;

/** The note number of each distinct list of terms, in order of first use. */
function notesOf(sections: readonly Section[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const s of sections) for (const p of s.paragraphs) for (const st of p) {
    const key = st.terms.join(", ");
    if (!notes.has(key)) notes.set(key, notes.size + 1);
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
  const body = sections.flatMap((s) => [`## ${s.heading}`, ...s.paragraphs.map((p) => wrapped(p.map((st) => marked(st.text, `[^${notes.get(st.terms.join(", "))}]`)).join(" ")))]);
  const footnotes = [...notes].map(([terms, n]) => `[^${n}]: terms: ${terms}`);
  return [`# ${title}`, ...body, footnotes.join("\n")].join("\n\n");
}

function html(title: string, sections: readonly Section[]): string {
  const paragraph = (p: readonly Stated[]) => `<p>${p.map((st) => `<span data-terms="${escapeHtml(st.terms.join(" "))}">${escapeHtml(st.text)}</span>`).join(" ")}</p>`;
  const body = sections.flatMap((s) => [`<h2>${escapeHtml(s.heading)}</h2>`, ...s.paragraphs.map(paragraph)]);
  return [`<article class="rights-description">`, `<h1>${escapeHtml(title)}</h1>`, ...body, `</article>`].join("\n");
}

function text(title: string, sections: readonly Section[]): string {
  const notes = notesOf(sections);
  const body = sections.flatMap((s) => [s.heading.toUpperCase(), ...s.paragraphs.map((p) => wrapped(p.map((st) => marked(st.text, ` [${notes.get(st.terms.join(", "))}]`)).join(" ")))]);
  const list = [...notes].map(([terms, n]) => `[${n}] terms: ${terms}`);
  return [title, ...body, `Terms stated by each sentence:\n${list.join("\n")}`].join("\n\n");
}

export function rendered(format: DescriptionFormat, title: string, sections: readonly Section[]): string {
  return format === "md" ? markdown(title, sections) : format === "html" ? html(title, sections) : text(title, sections);
}
