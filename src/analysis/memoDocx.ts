/**
 * The memo as a Word document: the Markdown memo of `rightsplan report` laid out with the docx
 * library, block by block (headings, paragraphs with bold runs, bullet lists, tables), so the
 * DOCX says exactly what the Markdown says.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

type Block = { kind: "heading"; level: number; text: string } | { kind: "bullet"; text: string } | { kind: "paragraph"; lines: string[] } | { kind: "table"; rows: string[][] };

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

const cellsOf = (line: string): string[] => line.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).map((c) => c.trim());
/** The Markdown memo's backslash escapes (mdText, mdCell) read back: `\<` is `<`, `\\` a backslash, `\|` a bar. */
const unescaped = (text: string): string => text.replace(/\\([\\<|])/g, "$1");
const isTableRule = (line: string): boolean => /^\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?$/.test(line.trim());

/** The Markdown memo's blocks, in order. */
export function memoBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const line of markdown.split("\n")) {
    const last = blocks[blocks.length - 1];
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]! });
    else if (line.startsWith("|")) {
      if (isTableRule(line)) continue;
      if (last?.kind === "table") last.rows.push(cellsOf(line));
      else blocks.push({ kind: "table", rows: [cellsOf(line)] });
    } else if (/^\s*[-*]\s+/.test(line)) blocks.push({ kind: "bullet", text: line.replace(/^\s*[-*]\s+/, "") });
    else if (line.trim() === "") blocks.push({ kind: "paragraph", lines: [] });
    else if (last?.kind === "paragraph" && last.lines.length) last.lines.push(line);
    else blocks.push({ kind: "paragraph", lines: [line] });
  }
  return blocks.filter((b) => b.kind !== "paragraph" || b.lines.length);
}

/** `**bold**` runs and plain runs; a Markdown hard break (two trailing spaces) becomes a line break. */
function runsOf(text: string, breakBefore = false): TextRun[] {
  return text
    .replace(/`/g, "")
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part, i) => new TextRun({ text: unescaped(part.replace(/^\*\*|\*\*$/g, "")), bold: part.startsWith("**"), break: breakBefore && i === 0 ? 1 : undefined }));
}

function render(block: Block): Paragraph | Table {
  switch (block.kind) {
    case "heading":
      return new Paragraph({ heading: HEADINGS[block.level - 1], children: runsOf(block.text) });
    case "bullet":
      return new Paragraph({ bullet: { level: 0 }, children: runsOf(block.text) });
    case "paragraph":
      return new Paragraph({ children: block.lines.flatMap((line, i) => runsOf(line.trimEnd(), i > 0)) });
    case "table":
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.rows.map((cells, r) => new TableRow({ tableHeader: r === 0, children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: runsOf(r === 0 ? `**${c}**` : c) })] })) })),
      });
  }
}

export async function memoDocx(markdown: string): Promise<Uint8Array> {
  const doc = new Document({ creator: "rightsplan", title: "Memorandum", sections: [{ children: memoBlocks(markdown).map(render) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
