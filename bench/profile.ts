/**
 * One evaluation of the benchmark scenario, for profiling (not part of `npm run bench`). Profile
 * the tsc-compiled code that `npm run bench` builds (tsx would add a __name() call to every
 * function it creates):
 *
 *   npx tsc -p bench/tsconfig.json && cp -r plans package.json node_modules/.cache/rightsplan-bench/
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof node_modules/.cache/rightsplan-bench/bench/profile.js --events=1000000
 *   node node_modules/.cache/rightsplan-bench/bench/cpuprofile-top.js /tmp/prof/FILE.cpuprofile --under=profiledEvaluation
 *
 * The generation and JSON.parse happen before the evaluation, which runs inside `profiledEvaluation`.
 */
import { evaluateParsed } from "../src/engine/evaluate.js";
import { parseScenario } from "../src/scenario/parse.js";
import { generateScenarioText } from "./generate.js";

const events = Number(process.argv.find((a) => a.startsWith("--events="))?.slice("--events=".length) ?? 1_000_000);
const data: unknown = JSON.parse(generateScenarioText({ events }).text);

function profiledEvaluation(): void {
  const t = performance.now();
  const answer = evaluateParsed(parseScenario(data));
  const evaluated = performance.now() - t;
  console.log(`evaluate: ${Math.round(evaluated)} ms, then ${answer.trace.length} findings read in ${Math.round(performance.now() - t - evaluated)} ms, errors: ${JSON.stringify(answer.errors.slice(0, 1))}`);
}
profiledEvaluation();
