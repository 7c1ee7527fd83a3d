/**
 * Progress bars for long runs, on stderr and only on a terminal (cli-progress, loaded only when a
 * bar is drawn: a command that shows none does not pay for it).
 */
import { createRequire } from "node:module";
import type * as CliProgress from "cli-progress";
import type { CliIo } from "./io.js";

/**
 * An `onProgress(done, total)` that draws a bar labelled `label`, counting `unit`s, cleared when
 * done; undefined when `shown` is false or the call's stderr is not a terminal (pipes, files and
 * tests stay clean).
 */
export function progressBar(io: CliIo, label: string, unit: string, shown = true): ((done: number, total: number) => void) | undefined {
  if (!shown || !io.stderrIsTerminal) return undefined;
  const { Presets, SingleBar } = createRequire(import.meta.url)("cli-progress") as typeof CliProgress;
  const bar = new SingleBar({ stream: process.stderr, format: `${label} {bar} {percentage}% | {value}/{total} ${unit} | ETA {eta}s`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  let started = false;
  return (done, total) => {
    if (!started) {
      bar.start(total, 0);
      started = true;
    }
    bar.update(done);
    if (done >= total) bar.stop();
  };
}
