/**
 * The files of an OCF export, a folder or an .ocf.zip (its files at the top or in a folder inside).
 * OCF v1.2's manifest (file_type OCF_MANIFEST_FILE) lists the export's files, each `{filepath,
 * md5}` in one of its `*_files` arrays, relative to the manifest: with a manifest, those files are
 * the export, wherever they lie below it, and a file it lists that is not there is a problem naming
 * the manifest's line (read past, its objects would be missing from the register without a word).
 * Files it does not list are not the export's (a Mac's `__MACOSX/._Name.ocf.json` beside them, a
 * note). With no manifest every JSON file is read. Files that are no one's data are never read:
 * `__MACOSX/` folders and AppleDouble `._` files, which a Mac puts in the zips it makes. A listed
 * file whose bytes do not have the MD5 the manifest gives was changed or damaged after the export:
 * a warning names it (an empty or all-zero md5, as hand-made exports carry, is no checksum).
 */
import { hash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, posix } from "node:path";
import JSZip from "jszip";
import { visit } from "jsonc-parser";

export interface OcfFile {
  readonly name: string;
  readonly text: string;
}

export interface OcfExport {
  readonly files: OcfFile[];
  /** A second manifest, or a file the manifest lists that the export does not hold: each named by the manifest's file and line. */
  readonly problems: string[];
  /** Listed files whose MD5 is not the manifest's, each named by the manifest's file and line. */
  readonly warnings: string[];
}

const MANIFEST = "OCF_MANIFEST_FILE";

/** The export at `path`: the files its manifest lists, or every JSON file when it has none. */
export async function ocfExport(path: string): Promise<OcfExport> {
  const entries = (await stat(path)).isDirectory() ? await folderEntries(path) : await zipEntries(path);
  const json = [...entries.values()].filter((e) => e.path.toLowerCase().endsWith(".json"));
  const manifests = json.filter((e) => e.text.includes(MANIFEST) && isManifest(e.text));
  if (manifests.length === 0) return { files: json.map(asFile), problems: [], warnings: [] };
  if (manifests.length > 1) return { files: [], problems: [`${manifests.length} OCF manifests (${manifests.map((m) => m.name).join(", ")}): one export at a time`], warnings: [] };
  const manifest = manifests[0]!;
  const files: OcfFile[] = [asFile(manifest)];
  const problems: string[] = [];
  const warnings: string[] = [];
  const taken = new Set([manifest.path]);
  for (const listed of listedFiles(manifest.text)) {
    const at = `${manifest.name} line ${listed.line}: ${listed.list}`;
    if (typeof listed.filepath !== "string" || listed.filepath === "") {
      problems.push(`${at}: each file needs a filepath`);
      continue;
    }
    const resolved = posix.normalize(posix.join(posix.dirname(manifest.path), listed.filepath.replace(/\\/g, "/")));
    const entry = entries.get(resolved);
    if (!entry) problems.push(`${at}: ${listed.filepath} is not in the export`);
    else if (isChecksum(listed.md5) && listed.md5.toLowerCase() !== entry.md5) warnings.push(`${at}: ${listed.filepath} does not have the MD5 the manifest gives (${listed.md5}, the file's is ${entry.md5}): it was changed or damaged after the export; its objects were read as they are`);
    if (entry && !taken.has(resolved)) {
      taken.add(resolved);
      files.push(asFile(entry));
    }
  }
  return { files, problems, warnings };
}

/** An MD5 as OCF writes it (32 hex digits), other than the all-zero placeholder of a hand-made manifest. */
const isChecksum = (md5: unknown): md5 is string => typeof md5 === "string" && /^[0-9a-fA-F]{32}$/.test(md5) && !/^0+$/.test(md5);

interface Entry {
  /** Where the file lies in the export, with "/" between folders. */
  readonly path: string;
  /** What messages call it: the path in a folder, `ZIP:path` in a zip. */
  readonly name: string;
  readonly text: string;
  /** The MD5 of the file's bytes, in lower-case hex. */
  readonly md5: string;
}

/** An entry from the file's bytes: its MD5, and its text without the byte-order mark some Windows tools write first (JSON's RFC 8259 lets a reader ignore it). */
function entryOf(path: string, name: string, bytes: Buffer): Entry {
  const text = bytes.toString("utf8");
  return { path, name, md5: hash("md5", bytes, "hex"), text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

const asFile = (e: Entry): OcfFile => ({ name: e.name, text: e.text });

/** A `__MACOSX/` folder's file or an AppleDouble `._` file: a Mac's resource forks, no one's data. */
function isMacMetadata(path: string): boolean {
  return path.split("/").some((part, i, parts) => part === "__MACOSX" || (i === parts.length - 1 && part.startsWith("._")));
}

async function folderEntries(dir: string): Promise<Map<string, Entry>> {
  const paths = (await readdir(dir, { recursive: true })).map((p) => p.replace(/\\/g, "/")).filter((p) => p.toLowerCase().endsWith(".json") && !isMacMetadata(p)).sort();
  const entries = new Map<string, Entry>();
  for (const p of paths) {
    if (!(await stat(join(dir, p))).isFile()) continue;
    entries.set(p, entryOf(p, p, await readFile(join(dir, p))));
  }
  return entries;
}

async function zipEntries(file: string): Promise<Map<string, Entry>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const wanted = Object.values(zip.files).filter((f) => !f.dir && f.name.toLowerCase().endsWith(".json") && !isMacMetadata(f.name));
  const entries = new Map<string, Entry>();
  for (const f of wanted) {
    const path = posix.normalize(f.name);
    entries.set(path, entryOf(path, `${basename(file)}:${f.name}`, await f.async("nodebuffer")));
  }
  return entries;
}

function isManifest(text: string): boolean {
  try {
    const root: unknown = JSON.parse(text);
    return typeof root === "object" && root !== null && (root as { file_type?: unknown }).file_type === MANIFEST;
  } catch {
    return false; // not JSON: the file's own reading names its line and column
  }
}

/** Each `{filepath, md5}` of the manifest's `*_files` lists, with the line it starts on. */
function listedFiles(text: string): { list: string; filepath: unknown; md5: unknown; line: number }[] {
  const lines = new Map<string, number>();
  visit(text, {
    onObjectBegin: (_o, _l, line, _c, path) => {
      const at = path();
      if (at.length === 2 && typeof at[0] === "string" && at[0].endsWith("_files")) lines.set(`${at[0]}/${at[1]}`, line + 1);
    },
  });
  const root = JSON.parse(text) as Record<string, unknown>;
  return Object.entries(root)
    .filter(([key, value]) => key.endsWith("_files") && Array.isArray(value))
    .flatMap(([list, value]) => (value as unknown[]).map((f, i) => {
      const { filepath, md5 } = typeof f === "object" && f !== null ? (f as { filepath?: unknown; md5?: unknown }) : {};
      return { list, filepath, md5, line: lines.get(`${list}/${i}`) ?? 0 };
    }));
}
