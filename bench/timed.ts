/**
 * Timing for the benchmarks: what a piece of work returns, with the seconds it took on the wall
 * clock and of this process's CPU (user and system; a worker thread's is the whole process's,
 * so the thread that waits must be idle), and, when a folder for profiles is given, a V8 CPU
 * profile of it there (bench/cpuprofile-top.ts reads one). Each thread times with its own.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Session } from "node:inspector/promises";

export type Timed = <T>(work: () => Promise<T>, profiled?: string) => Promise<[value: T, seconds: number, cpuSeconds: number]>;

/** A timer for this thread; with `profileDir`, a run given a `profiled` name also writes its CPU profile there. */
export async function timer(profileDir?: string): Promise<Timed> {
  const inspector = profileDir ? new Session() : undefined;
  if (inspector) {
    mkdirSync(profileDir!, { recursive: true });
    inspector.connect();
    await inspector.post("Profiler.enable");
  }
  return async (work, profiled) => {
    if (profiled && inspector) await inspector.post("Profiler.start");
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const value = await work();
    const used = process.cpuUsage(cpu);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (profiled && inspector) writeFileSync(join(profileDir!, `${profiled.replace(/\W+/g, "-")}-${Date.now()}.cpuprofile`), JSON.stringify((await inspector.post("Profiler.stop")).profile));
    return [value, seconds, (used.user + used.system) / 1e6];
  };
}
