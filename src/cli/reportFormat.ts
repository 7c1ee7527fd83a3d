/**
 * The format of `report`'s memo: Markdown or HTML, from --format or the extension of --out. A
 * file is never written in a format its name does not say (a .pdf holding Markdown); PDF is
 * refused with the way to get one.
 */
import { extname } from "node:path";
import { InputError } from "../errors.js";
import type { ReportFormat } from "../analysis/report.js";

const FORMAT_OF_EXTENSION: Readonly<Record<string, ReportFormat>> = { ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html" };
const FORMATS = "Markdown (--format md, a .md file) or HTML (--format html, a .html file)";
const PDF_ADVICE = "rightsplan does not write PDF: write the memo as .html and print it to PDF from a web browser";

export function reportFormatOf(format: string | undefined, out: string | undefined): ReportFormat {
  const stated = format === undefined ? undefined : formatNamed(format);
  if (out === undefined) return stated ?? "md";
  const extension = extname(out).toLowerCase();
  const implied = FORMAT_OF_EXTENSION[extension];
  if (implied === undefined) {
    if (extension === ".pdf") throw new InputError(`--out ${out}: ${PDF_ADVICE}`, []);
    throw new InputError(`--out ${out}: a memo is written as ${FORMATS}; name the file .md or .html`, []);
  }
  if (stated !== undefined && stated !== implied) throw new InputError(`--format ${format} does not match --out ${out}, whose name says ${implied}: change one of them`, []);
  return implied;
}

function formatNamed(format: string): ReportFormat {
  if (format === "md" || format === "html") return format;
  if (format.toLowerCase() === "pdf") throw new InputError(`--format pdf: ${PDF_ADVICE}`, []);
  throw new InputError(`--format ${JSON.stringify(format)}: a memo is written as ${FORMATS}`, []);
}
