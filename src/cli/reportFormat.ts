/**
 * The format of `report`'s memo: Markdown, HTML or Word (.docx, laid out from the Markdown), from
 * --format or the extension of --out. A file is never written in a format its name does not say
 * (a .pdf holding Markdown); PDF is refused with the ways to get one.
 */
import { extname } from "node:path";
import { InputError } from "../errors.js";
import type { ReportFormat } from "../analysis/report.js";

/** What `report` writes: the analysis's Markdown or HTML, or Word made from the Markdown. */
export type MemoFormat = ReportFormat | "docx";

const FORMAT_OF_EXTENSION: Readonly<Record<string, MemoFormat>> = { ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx" };
const FORMATS = "Markdown (--format md, a .md file), HTML (--format html, a .html file) or Word (--format docx, a .docx file)";
const PDF_ADVICE = "rightsplan does not write PDF: write the memo as .html and print it to PDF from a web browser, or as .docx and save it as PDF from Word";

export function reportFormatOf(format: string | undefined, out: string | undefined): MemoFormat {
  const stated = format === undefined ? undefined : formatNamed(format);
  if (out === undefined) {
    if (stated === "docx") throw new InputError("--format docx needs --out FILE.docx: a Word file is not printed on the terminal", []);
    return stated ?? "md";
  }
  const extension = extname(out).toLowerCase();
  const implied = FORMAT_OF_EXTENSION[extension];
  if (implied === undefined) {
    if (extension === ".pdf") throw new InputError(`--out ${out}: ${PDF_ADVICE}`, []);
    throw new InputError(`--out ${out}: a memo is written as ${FORMATS}; name the file .md, .html or .docx`, []);
  }
  if (stated !== undefined && stated !== implied) throw new InputError(`--format ${format} does not match --out ${out}, whose name says ${implied}: change one of them`, []);
  return implied;
}

function formatNamed(format: string): MemoFormat {
  if (format === "md" || format === "html" || format === "docx") return format;
  if (format.toLowerCase() === "pdf") throw new InputError(`--format pdf: ${PDF_ADVICE}`, []);
  throw new InputError(`--format ${JSON.stringify(format)}: a memo is written as ${FORMATS}`, []);
}
