/**
 * The findings in order, each with its rule, its Agreement section and, on hover or focus, the
 * rule's title, the seed's words for it, the plan's words it rests on and the values the engine used.
 */
import { RULES, RULE_TEXT } from "../../../src/agreement/rules.js";
import type { AnswerFinding } from "../answer.js";
import { TableExport } from "./TableExport.js";

const ruleTitle = (rule: string): string => (RULES as Record<string, { title: string }>)[rule]?.title ?? rule;
/** The seed's own words for a rule (its Form 8-A/A), each with where they are. */
const seedWords = (rule: string): string[] => ((RULE_TEXT as Record<string, { seed: readonly { where: string; words: string }[] }>)[rule]?.seed ?? []).map((s) => `the seed (${s.where}): "${s.words}"`);

export function Timeline({ trace, sources }: { trace: readonly AnswerFinding[]; sources?: Readonly<Record<string, string>> }) {
  return (
    <section aria-labelledby="timeline-h" className="panel">
      <h3 id="timeline-h">Timeline ({trace.length} findings)</h3>
      <TableExport caption="Timeline" fileStem="timeline" header={["at", "event", "rule", "section", "finding", "values"]} rows={trace.map((f) => [f.at, f.event, f.rule, f.section, f.finding, f.values ? JSON.stringify(f.values) : ""])} />
      <ol className="timeline" data-testid="timeline">
        {trace.map((f, i) => {
          const words = explain(f, sources);
          return (
            <li key={i} tabIndex={0} title={words} aria-describedby={`f-${i}-why`}>
              <time>{f.at.replace("T", " ")}</time> <span className="rule">{f.rule}</span> <span className="section">§ {f.section}</span> {f.finding}
              <span id={`f-${i}-why`} className="why">{words}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * The plan's words a finding rests on: the terms it names among its values, and the terms whose
 * source cites the finding's section or rule ("Section 11(d) [standard form]: ...").
 */
function quotesFor(f: AnswerFinding, sources: Readonly<Record<string, string>>): string[] {
  const cites = (source: string) => source.includes(`Section ${f.section}`) || source.includes(f.rule);
  return Object.entries(sources)
    .filter(([term, source]) => (f.values && term in f.values) || cites(source))
    .map(([term, source]) => `the plan (${term}): ${source}`);
}

/** "R-3a Distribution Date (Section 3(a)) — the seed (Item 1): '…' — the plan (term): '…' — event 2 — values: …". */
function explain(f: AnswerFinding, sources?: Readonly<Record<string, string>>): string {
  const quotes = sources ? quotesFor(f, sources) : [];
  const values = f.values ? Object.entries(f.values).map(([k, v]) => `${k} = ${v}`).join("; ") : "";
  return [`${f.rule} ${ruleTitle(f.rule)} (Section ${f.section})`, ...seedWords(f.rule), ...quotes, f.event === null ? "the passage of time" : `event ${f.event}`, values && `values: ${values}`].filter(Boolean).join(" — ");
}
