/**
 * Text extracted from PDF and Word files with well-kept libraries: pdfjs-dist (Mozilla's PDF
 * reader; its legacy build runs on Node 20) and mammoth (.docx). Offsets into such a file are
 * offsets into this extracted text, which the reader's answer says.
 */
interface PdfTextItem {
  readonly str: string;
  readonly hasEOL?: boolean;
  readonly transform?: readonly number[];
}

/** The text of a PDF: its pages in order, lines ended where the PDF ends them, pages parted by a blank line. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      let lastY: number | null = null;
      for (const item of content.items as PdfTextItem[]) {
        if (typeof item.str !== "string") continue;
        const y = item.transform?.[5] ?? null;
        // A move to another line that the PDF did not mark as a line end.
        if (lastY !== null && y !== null && Math.abs(y - lastY) > 1 && !text.endsWith("\n")) text += "\n";
        text += item.str + (item.hasEOL ? "\n" : "");
        if (y !== null) lastY = y;
      }
      pages.push(text.trimEnd());
    }
  } finally {
    await pdf.destroy();
  }
  return pages.join("\n\n") + "\n";
}

/** The raw text of a Word .docx file: its paragraphs, one a line. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}
