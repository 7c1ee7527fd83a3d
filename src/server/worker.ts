/**
 * The worker threads' side of the pool (pool.ts): evaluations and analyses run here, so that a
 * million-event evaluation does not stall the server's other requests. Each task reads its
 * scenario exactly as the CLI reads a file and answers with the bytes to send: the evaluate
 * answer is written by the CLI's own writer, so the two are the same byte for byte.
 */
import { InputError } from "../errors.js";
import { headOf } from "./httpErrors.js";
import { evaluateParsed } from "../engine/evaluate.js";
import { requestAsOf } from "./asOf.js";
import { parseScenario, type ParsedScenario } from "../scenario/parse.js";
import { parseYamlText } from "../terms/load.js";
import { placeBadEvent, positionsIn } from "../files/sourcePositions.js";
import { writePrettyJson } from "../cli/output.js";
import type { AnalysisOptions } from "../analysis/base.js";
import { resolvePlan, type PlanLibrary } from "./planRefs.js";
import type { ScenarioSource, Task, TaskResult } from "./tasks.js";
import { compareScenarios } from "./compare.js";
import { move } from "piscina";
import { packResult } from "./taskBytes.js";

const encoder = new TextEncoder();

/** Text pieces as one byte array that owns its buffer (so it can be moved to the main thread, not copied). */
function bytesOf(pieces: readonly string[]): Uint8Array {
  const encoded = pieces.map((p) => encoder.encode(p));
  const out = new Uint8Array(encoded.reduce((n, e) => n + e.length, 0));
  let at = 0;
  for (const e of encoded) {
    out.set(e, at);
    at += e.length;
  }
  return out;
}

/** `JSON.stringify(value, null, 2) + "\n"`, as the CLI prints it, in bytes. */
export function prettyJsonBytes(value: unknown): Uint8Array {
  const pieces: string[] = [];
  writePrettyJson(value, (p) => pieces.push(p));
  return bytesOf(pieces);
}

const decoder = new TextDecoder();

/** Reads a scenario as the CLI reads a file: YAML or JSON text, then parseScenario, a bad event's issues placed at their line and column. */
export function readScenario(source: ScenarioSource): ParsedScenario {
  if (!("text" in source)) return parseScenario(source.data, source.origin);
  const text = typeof source.text === "string" ? source.text : decoder.decode(source.text);
  return placeBadEvent(parseScenario(parseYamlText(text, source.origin), source.origin), positionsIn(text));
}

/** The plan and as-of instant of an analysis; an unreadable `asOf` is an input error, as in the CLI. */
function analysisOptions(parsed: ParsedScenario, task: { readonly plans: PlanLibrary; readonly asOf?: string }): AnalysisOptions {
  if (task.asOf !== undefined) requestAsOf(task.asOf);
  return { plan: resolvePlan(parsed.scenario.plan, task.plans), asOf: task.asOf };
}

const json = (value: unknown): TaskResult => ({ ok: true, type: "application/json; charset=utf-8", body: prettyJsonBytes(value) });

async function run(task: Task): Promise<TaskResult> {
  switch (task.kind) {
    case "evaluate": {
      const parsed = readScenario(task.scenario);
      return json(evaluateParsed(parsed, analysisOptions(parsed, task)));
    }
    case "compare":
      return json(compareScenarios(task.a, task.b, (parsed) => analysisOptions(parsed, task)));
    case "dilution": {
      const parsed = readScenario(task.scenario);
      const { dilutionOf } = await import("../analysis/dilution.js");
      return json(dilutionOf(parsed, { ...analysisOptions(parsed, task), ...task.settings }));
    }
    case "sweep": {
      const parsed = readScenario(task.scenario);
      const { sweep } = await import("../analysis/sweep.js");
      const onProgress = task.port ? (done: number, total: number) => task.port!.postMessage({ done, total }) : undefined;
      return json(sweep(parsed, task.vary, { ...analysisOptions(parsed, task), ...task.settings, metrics: task.metrics, onProgress }));
    }
    case "chart": {
      const parsed = readScenario(task.scenario);
      const { chartOf } = await import("./charts.js");
      return chartOf(parsed, analysisOptions(parsed, task), task.chart, task.format);
    }
    case "memo": {
      const parsed = readScenario(task.scenario);
      const { memoOf } = await import("./memo.js");
      return memoOf(parsed, { ...analysisOptions(parsed, task), ...task.settings }, task.format, task.date, task.scenario.origin, task.heading);
    }
    case "read": {
      const { readFilings } = await import("./reading.js");
      return json(await readFilings(task.files));
    }
    case "row": {
      const { rowOfUpload } = await import("../reader/table/worker.js");
      return json(await rowOfUpload(task.file.name, task.file.bytes));
    }
  }
}

/** The answer of a task: an input error is an answer (400), anything else a bug (500, logged by the server). */
async function answer(task: Task): Promise<TaskResult> {
  try {
    return await run(task);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, status: 400, code: "invalid-input", message: headOf(e), issues: e.issues };
    throw e;
  } finally {
    if ("port" in task) task.port?.close();
  }
}

/** The pool's entry point: the answer packed in one byte array, moved (not copied) to the main thread. */
export default async function runTask(task: Task): Promise<ReturnType<typeof move>> {
  return move(packResult(await answer(task)));
}
