/**
 * The work the server hands to its worker threads (worker.ts), as plain data: what to compute and
 * on what. A scenario comes as text (JSON or YAML, read as the CLI reads a file) or as parsed data.
 * Plans added to the server come along by id; built-in plans are read by the worker itself.
 */
import type { Issue } from "../errors.js";
import type { PlanLibrary } from "./planRefs.js";
import type { MemoHeading } from "../analysis/report.js";

export type ScenarioSource = { readonly text: string | Uint8Array; readonly origin: string } | { readonly data: unknown; readonly origin: string };

export interface DilutionSettings {
  readonly exerciseRate?: string;
  readonly price?: string;
  readonly principalPartyShares?: number;
}

interface On {
  readonly scenario: ScenarioSource;
  readonly plans: PlanLibrary;
  readonly asOf?: string;
}

export type Task =
  | ({ readonly kind: "evaluate" } & On)
  | { readonly kind: "compare"; readonly a: ScenarioSource; readonly b: ScenarioSource; readonly plans: PlanLibrary; readonly asOf?: string }
  | ({ readonly kind: "dilution"; readonly settings: DilutionSettings } & On)
  | ({ readonly kind: "sweep"; readonly settings: DilutionSettings; readonly vary: string; readonly metrics: readonly string[]; readonly port?: MessagePort } & On)
  | ({ readonly kind: "chart"; readonly chart: "ownership" | "dilution"; readonly format: "svg" | "png" } & On)
  | ({ readonly kind: "memo"; readonly settings: DilutionSettings; readonly format: "md" | "html" | "docx"; readonly date?: string; readonly heading?: MemoHeading } & On)
  | { readonly kind: "read"; readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[] }
  | { readonly kind: "row"; readonly file: { readonly name: string; readonly bytes: Uint8Array } };

/** A worker's answer: the body to send and its media type, or the refusal. */
export type TaskResult =
  | { readonly ok: true; readonly type: string; readonly body: Uint8Array }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly message: string; readonly issues: readonly Issue[] };

export type TaskKind = Task["kind"];
