/**
 * The text of a file a person wrote (a scenario, a plan terms file, a prices CSV), or a sentence
 * saying why it is not such text: a folder, no such file, a UTF-16, PDF, ZIP or binary file, or
 * bytes that are not UTF-8. `what` names what the file should be ("a scenario").
 */
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";

/** The file's UTF-8 text (without a byte-order mark); an InputError "cannot read PATH: why" otherwise. */
export function readTextFile(path: string, what: string, label = path): string {
  const cannot = (why: string) => new InputError(`cannot read ${label}: ${why}`, []);
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw cannot(`it is a folder; give the path of ${what} in it`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw cannot(code === "ENOENT" ? "there is no such file" : code === "EACCES" ? "permission denied" : (e as Error).message);
  }
  const notText = kindOfNonText(bytes, what);
  if (notText) throw cannot(notText);
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

/** Why `bytes` are not UTF-8 text, or undefined when they are. */
function kindOfNonText(bytes: Buffer, what: string): string | undefined {
  const saveAsUtf8 = "save it as UTF-8 text (in most editors: Save As, encoding UTF-8)";
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) return `it is in UTF-16; ${saveAsUtf8}`;
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return `it is a PDF document, not ${what}`;
  if (bytes.subarray(0, 4).toString("latin1") === "PK\u0003\u0004") return `it is a ZIP archive (such as a Word or Excel file), not ${what}`;
  if (bytes.includes(0)) return `it is a binary file, not ${what}`;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return `it is not UTF-8 text; ${saveAsUtf8}`;
  }
  return undefined;
}

/** UTF-16 without a byte-order mark: text with a zero byte beside each character (after it, or before it). */
function looksLikeUtf16(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 200);
  if (head.length < 4) return false;
  const zerosAt = [0, 0];
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zerosAt[i % 2]++;
  const half = head.length / 2;
  return (zerosAt[1] > 0.9 * half && zerosAt[0] < 0.1 * half) || (zerosAt[0] > 0.9 * half && zerosAt[1] < 0.1 * half);
}
