/** A Word (.docx) file of the given paragraphs, as a filing a user might upload (the `docx` library, which the memo is written with). */
import { Document, Packer, Paragraph, TextRun } from "docx";

export function wordFileOf(paragraphs: readonly string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] }));
}
