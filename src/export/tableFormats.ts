/**
 * The files a table can be written as, by their extensions (tableFile.ts writes them). Kept apart
 * from the writers, and free of Node's modules, so that a command, a route's schema and the
 * workbench can name the formats without loading exceljs.
 */
import { InputError } from "../errors.js";

export const TABLE_FORMATS = ["csv", "xlsx", "json"] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The format a file name's extension names; an input error, naming `what` is written, for any other name. */
export function tableFormatOf(file: string, what = "a table"): TableFormat {
  const format = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
  if ((TABLE_FORMATS as readonly string[]).includes(format)) return format as TableFormat;
  throw new InputError(`cannot write ${what} to ${file}: its name must end in ${TABLE_FORMATS.map((f) => `.${f}`).join(", ")}`, []);
}
