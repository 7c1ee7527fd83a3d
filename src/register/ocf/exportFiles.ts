/**
 * The files of an OCF export, a folder or an .ocf.zip (its files at the top or in a folder inside).
 * OCF v1.2's manifest (file_type OCF_MANIFEST_FILE) lists the export's files, each `{filepath,
 * md5}` in one of its `*_files` arrays, relative to the manifest: with a manifest, those files are
 * the export, wherever they lie below it, and a file it lists that is not there is a problem naming
 * the manifest's line (read past, its objects would be missing from the register without a word).
 * Files it does not list are not the export's (a Mac's `__MACOSX/._Name.ocf.json` beside them, a
 * note). With no manifest every JSON file is read. Files that are no one's data are never read:
 * `__MACOSX/` folders and AppleDouble `._` files, which a Mac puts in the zips it makes.
 */
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
}

const MANIFEST = "OCF_MANIFEST_FILE";

/** The export at `path`: the files its manifest lists, or every JSON file when it has none. */
export async function ocfExport(path: string): Promise<OcfExport> {
  const entries = (await stat(path)).isDirectory() ? await folderEntries(path) : await zipEntries(path);
  const json = [...entries.values()].filter((e) => e.path.toLowerCase().endsWith(".json"));
  const manifests = json.filter((e) => e.text.includes(MANIFEST) && isManifest(e.text));
  if (manifests.length === 0) return { files: json.map(asFile), problems: [] };
  if (manifests.length > 1) return { files: [], problems: [`${manifests.length} OCF manifests (${manifests.map((m) => m.name).join(", ")}): one export at a time`] };
  const manifest = manifests[0]!;
  const files: OcfFile[] = [asFile(manifest)];
  const problems: string[] = [];
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
    else if (!taken.has(resolved)) {
      taken.add(resolved);
      files.push(asFile(entry));
    }
  }
  return { files, problems };
}

interface Entry {
  /** Where the file lies in the export, with "/" between folders. */
  readonly path: string;
  /** What messages call it: the path in a folder, `ZIP:path` in a zip. */
  readonly name: string;
  readonly text: string;
}

const asFile = (e: Entry): OcfFile => ({ name: e.name, text: e.text });

/** A `__MACOSX/` folder's file or an AppleDouble `._` file: a Mac's resource forks, no one's data. */
function isMacMetadata(path: string): boolean {
  return path.split("/").some((part, i, parts) => part === "__MACOSX" || (i === parts.length - 1 && part.startsWith("._")));
}

/** Text as read from a file, without the byte-order mark some Windows tools write first (JSON's RFC 8259 lets a reader ignore it). */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

async function folderEntries(dir: string): Promise<Map<string, Entry>> {
  const paths = (await readdir(dir, { recursive: true })).map((p) => p.replace(/\\/g, "/")).filter((p) => p.toLowerCase().endsWith(".json") && !isMacMetadata(p)).sort();
  const entries = new Map<string, Entry>();
  for (const p of paths) {
    if (!(await stat(join(dir, p))).isFile()) continue;
    entries.set(p, { path: p, name: p, text: withoutBom(await readFile(join(dir, p), "utf8")) });
  }
  return entries;
}

async function zipEntries(file: string): Promise<Map<string, Entry>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const wanted = Object.values(zip.files).filter((f) => !f.dir && f.name.toLowerCase().endsWith(".json") && !isMacMetadata(f.name));
  const entries = new Map<string, Entry>();
  for (const f of wanted) {
    const path = posix.normalize(f.name);
    entries.set(path, { path, name: `${basename(file)}:${f.name}`, text: withoutBom(await f.async("string")) });
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

/** Each `{filepath}` of the manifest's `*_files` lists, with the line it starts on. */
function listedFiles(text: string): { list: string; filepath: unknown; line: number }[] {
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
    .flatMap(([list, value]) => (value as unknown[]).map((f, i) => ({ list, filepath: typeof f === "object" && f !== null ? (f as { filepath?: unknown }).filepath : undefined, line: lines.get(`${list}/${i}`) ?? 0 })));
}
