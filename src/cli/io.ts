/**
 * What a command of the CLI may touch of the world outside it: where it writes, whether stderr is
 * a terminal (progress bars), the environment (RIGHTSPLAN_DEBUG), and the exit code it sets.
 * `run` (main.ts) takes one per call, so tests call the CLI in-process with their own.
 */
export interface CliIo {
  readonly stdout: (piece: string) => void;
  readonly stderr: (piece: string) => void;
  readonly stderrIsTerminal: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** One call of the CLI: its io and the exit code its command sets (0 unless it says otherwise). */
export interface CliCall extends CliIo {
  exitCode: number;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: (piece) => process.stdout.write(piece),
    stderr: (piece) => process.stderr.write(piece),
    stderrIsTerminal: process.stderr.isTTY === true,
    env: process.env,
  };
}
