/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most self time, and
 * optionally the total (inclusive) time of the functions under a marker function.
 *
 *   node node_modules/.cache/rightsplan-bench/bench/cpuprofile-top.js FILE.cpuprofile [--top=25] [--under=profiledEvaluation]
 *   (or: node --import tsx bench/cpuprofile-top.ts …)
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error("usage: cpuprofile-top.ts FILE.cpuprofile [--top=25] [--under=functionName]");
const top = Number(process.argv.find((a) => a.startsWith("--top="))?.slice(6) ?? 25);
const under = process.argv.find((a) => a.startsWith("--under="))?.slice(8);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Self time per node id, in ms (timeDeltas[i] is the time before sample i; attribute it to sample i). */
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

/** Whether a node lies under a frame named `under`. */
const inside = new Map<number, boolean>();
function isUnder(id: number): boolean {
  if (!under) return true;
  const known = inside.get(id);
  if (known !== undefined) return known;
  const node = byId.get(id)!;
  const p = parent.get(id);
  const result = node.callFrame.functionName === under || (p !== undefined && isUnder(p));
  inside.set(id, result);
  return result;
}

const where = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^file:\/\//, "").replace(/^.*\/(src|bench|node_modules)\//, "$1/");
  return url ? `${url}:${n.callFrame.lineNumber + 1}` : "";
};
const key = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${where(n)}`;

let total = 0;
const self = new Map<string, number>();
for (const [id, ms] of selfMs) {
  if (!isUnder(id)) continue;
  total += ms;
  const k = key(byId.get(id)!);
  self.set(k, (self.get(k) ?? 0) + ms);
}

/** Inclusive time per function (each sample counted once per function on its stack). */
const inclusive = new Map<string, number>();
for (const [id, ms] of selfMs) {
  if (!isUnder(id)) continue;
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const k = key(byId.get(n)!);
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  }
}

let gcMs = 0;
for (const [id, ms] of selfMs) if (byId.get(id)!.callFrame.functionName === "(garbage collector)") gcMs += ms;

const fmt = (ms: number) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%`;
console.log(`${file}: ${total.toFixed(0)} ms sampled${under ? ` under ${under}` : ""}; garbage collector (whole profile, not under any function): ${gcMs.toFixed(0)} ms\n\nself time:`);
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${fmt(ms)}  ${k}`);
console.log(`\ninclusive time (src/ only):`);
for (const [k, ms] of [...inclusive].filter(([k]) => k.includes(" src/")).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${fmt(ms)}  ${k}`);
