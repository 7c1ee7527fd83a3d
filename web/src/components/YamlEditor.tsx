/** The scenario as YAML text; valid YAML updates the scenario, invalid YAML says where it breaks. */
import { useState } from "react";
import { parse, stringify } from "yaml";
import type { ScenarioDoc } from "../scenario.js";

export function YamlEditor({ doc, onChange }: { doc: ScenarioDoc; onChange: (d: ScenarioDoc) => void }) {
  const [text, setText] = useState(() => stringify(doc));
  const [problem, setProblem] = useState("");
  const edit = (next: string) => {
    setText(next);
    try {
      onChange(parse(next) as ScenarioDoc);
      setProblem("");
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <div className="yaml">
      <label htmlFor="yaml-text">Scenario (YAML)</label>
      <textarea id="yaml-text" spellCheck={false} rows={30} value={text} onChange={(e) => edit(e.target.value)} />
      {problem && <p role="alert" className="error">{problem}</p>}
    </div>
  );
}
