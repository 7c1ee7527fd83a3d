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

const WORKER = fileURLToPath(new URL("../../dist/server/worker.js", import.meta.url));

export interface Pool {
  run(task: Task, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<TaskResult>;
  close(): Promise<void>;
}

export function createPool(threads = Math.max(2, availableParallelism())): Pool {
  const piscina = new Piscina({ filename: WORKER, minThreads: 0, maxThreads: threads, idleTimeout: 30_000 });
  return {
    async run(task, onProgress, signal) {
      if (!onProgress) return piscina.run(task, { signal });
      const { port1, port2 } = new MessageChannel();
      port1.on("message", (m: { done: number; total: number }) => onProgress(m.done, m.total));
      try {
        return await piscina.run({ ...task, port: port2 }, { transferList: [port2], signal });
      } finally {
        port1.close();
      }
    },
    close: () => piscina.destroy(),
  };
}
