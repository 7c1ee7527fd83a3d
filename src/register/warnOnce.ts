/**
 * `apply`'s warnings are given once: while the same facts stand, a later apply that finds the same
 * thing says it was warned of before, and when, rather than repeat it as news (a long warning by its
 * short form). The register keeps each warning it gave with the instant of the apply that gave it.
 */
import { formatNewYork } from "../time/instant.js";
import type { Register } from "./database.js";
import { readSetting, writeSetting } from "./settings.js";

/** A warning, with the short form a repeat of it takes (default: the warning itself). */
export interface Warning {
  readonly text: string;
  readonly repeat?: string;
}

/**
 * The warnings as this apply gives them: new ones in full, those given before as repeats naming
 * when (without `repeats`, as a transfer gives apply's warnings: those given before are left out).
 */
export async function givenOnce(register: Register, at: number, warnings: readonly (string | Warning)[], repeats = true): Promise<string[]> {
  const given = (await readSetting<Record<string, string>>(register, "warningsGiven")) ?? {};
  const now = formatNewYork(at);
  let added = false;
  const texts = warnings.flatMap((w) => {
    const { text, repeat } = typeof w === "string" ? { text: w, repeat: undefined } : w;
    const before = given[text];
    if (before !== undefined) return repeats ? [`as warned at the apply of ${before}: ${repeat ?? text}`] : [];
    given[text] = now;
    added = true;
    return [text];
  });
  if (added) await writeSetting(register, "warningsGiven", given);
  return texts;
}
