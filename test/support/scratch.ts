/**
 * vitest's global setup: every test file, and every process a test starts (the CLI, the server,
 * chromium), writes its scratch files (registers, servers' databases, memos, profiles) under one
 * folder, which is removed when the run ends. Node's os.tmpdir() reads TMPDIR, and the workers
 * start after this runs, with its environment. The browser tests' screenshots and timings stay
 * in the system's temporary folder (rightsplan-screenshots), where the README says they are.
 *
 * The folder is in /dev/shm where there is one (memory, where the registers' fsyncs cost nothing:
 * the tests kill processes, never the machine), else in the system's temporary folder.
 *
 * vitest runs a global setup for the root and again for each project that extends it: only the
 * first makes the folder (a folder in a folder in a folder made chromium's socket paths too long).
 */
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const OWNER = "RIGHTSPLAN_TEST_SCRATCH";

export default function setup(): () => void {
  if (process.env[OWNER]) return () => {};
  const system = tmpdir();
  process.env.RIGHTSPLAN_SCREENSHOTS ??= join(system, "rightsplan-screenshots");
  const scratch = mkdtempSync(join(inMemory() ?? system, "rightsplan-tests-"));
  process.env[OWNER] = scratch;
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}

/** /dev/shm when this machine has it and it may be written, else undefined. */
function inMemory(): string | undefined {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return undefined;
  }
}
