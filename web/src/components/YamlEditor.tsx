/**
 * The scenario as YAML text. Each edit is read as YAML and checked against the scenario format's
 * own schema (src/scenario/schema.ts, the one the CLI and the server read scenarios with): a
 * problem is listed with its field path, in the CLI's words, while the text stays as typed.
 */
import { useState } from "react";
import { parse, stringify } from "yaml";
import { problemsOf } from "./yamlProblems.js";
import type { ScenarioDoc } from "../scenario.js";

export function YamlEditor({ doc, onChange }: { doc: ScenarioDoc; onChange: (d: ScenarioDoc) => void }) {
  const [text, setText] = useState(() => stringify(doc));
  const [problems, setProblems] = useState<string[]>([]);
  const edit = (next: string) => {
    setText(next);
    const found = problemsOf(next);
    setProblems(found);
    if (!found.length) onChange(parse(next) as ScenarioDoc);
  };
  return (
    <div className="yaml">
      <label htmlFor="yaml-text">Scenario (YAML)</label>
      <textarea id="yaml-text" spellCheck={false} rows={30} value={text} aria-describedby="yaml-problems" aria-invalid={problems.length > 0} onChange={(e) => edit(e.target.value)} />
      <div id="yaml-problems" role="status">
        {problems.length ? (
          <ul className="error">{problems.slice(0, 20).map((p, i) => <li key={i}>{p}</li>)}</ul>
        ) : (
          <span>The scenario is valid.</span>
        )}
      </div>
    </div>
  );
}
