/**
 * The worker pool (piscina): evaluations and analyses run on worker threads, so a long one does
 * not hold up the server's other requests. The workers run the built module (dist/server/worker.js),
 * also when the server itself runs from the sources under a test runner.
 */
import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Task, TaskResult } from "./tasks.js";
import { unpackResult } from "./taskBytes.js";

const WORKER = fileURLToPath(new URL("../../dist/server/worker.js", import.meta.url));

export interface Pool {
  run(task: Task, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<TaskResult>;
  close(): Promise<void>;
}

/** A scenario's bytes that own their whole buffer move to the worker instead of being copied (a request body over 4 KiB does). */
function movableInputs(task: Task): ArrayBuffer[] {
  const text = "scenario" in task && "text" in task.scenario ? task.scenario.text : undefined;
  if (!(text instanceof Uint8Array) || text.byteOffset !== 0 || text.byteLength !== text.buffer.byteLength || !(text.buffer instanceof ArrayBuffer)) return [];
  return [text.buffer];
}

export function createPool(threads = Math.max(2, availableParallelism())): Pool {
  const piscina = new Piscina({ filename: WORKER, minThreads: 0, maxThreads: threads, idleTimeout: 30_000 });
  return {
    async run(task, onProgress, signal) {
      const transferList = movableInputs(task);
      if (!onProgress) return unpackResult(await piscina.run(task, { signal, transferList }));
      const { port1, port2 } = new MessageChannel();
      port1.on("message", (m: { done: number; total: number }) => onProgress(m.done, m.total));
      try {
        return unpackResult(await piscina.run({ ...task, port: port2 }, { transferList: [...transferList, port2], signal }));
      } finally {
        port1.close();
      }
    },
    close: () => piscina.destroy(),
  };
}
