/**
 * The scenario as YAML, in CodeMirror 6: completion from the scenario format's JSON Schema
 * (yamlCompletion.ts; Ctrl-Space, or as you type a key), and each edit checked against the
 * scenario format's own schema, every problem underlined at its field, marked in the gutter at its
 * line and listed below the editor with its line, in the CLI's words. A valid text becomes the
 * scenario the forms show; an invalid one stays as typed. A scenario that changes from outside the
 * editor (another one opened, prices imported, a Board action saved) replaces the text, so the YAML
 * shown is always the scenario that Evaluate sends.
 */
import { useEffect, useRef, useState } from "react";
import { parse, stringify } from "yaml";
import { EditorView, keymap, lineNumbers, highlightActiveLine } from "@codemirror/view";
import { Annotation, EditorState } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { yaml } from "@codemirror/lang-yaml";
import { linter, lintGutter } from "@codemirror/lint";
import { autocompletion, completionKeymap, type CompletionContext } from "@codemirror/autocomplete";
import { problemsOf, type YamlProblem } from "./yamlProblems.js";
import { completionsAt } from "../yamlCompletion.js";
import { withLists, type ScenarioDoc } from "../scenario.js";

/** Marks the editor's text replaced by a scenario from outside: it is not an edit to send back. */
const fromOutside = Annotation.define<boolean>();

const completer = (plans: readonly string[]) => (context: CompletionContext) => {
  const found = completionsAt(context.state.doc.toString(), context.pos, plans);
  // While typing, a list opens once a word is begun; Ctrl-Space opens it anywhere.
  if (!found || (found.from === context.pos && !context.explicit)) return null;
  return { from: found.from, options: found.options.map((o) => ({ label: o.label, apply: o.apply, detail: o.detail, type: o.type })), validFor: /^[\w$-]*$/ };
};

export function YamlEditor({ doc, plans, onChange }: { doc: ScenarioDoc; plans: readonly string[]; onChange: (d: ScenarioDoc) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [problems, setProblems] = useState<YamlProblem[]>([]);
  const changed = useRef(onChange);
  changed.current = onChange;
  const view = useRef<EditorView | null>(null);
  /** The scenario the editor's own text last gave the page: any other is a change from outside. */
  const own = useRef<ScenarioDoc>(doc);
  useEffect(() => {
    const v = view.current;
    if (!v || doc === own.current) return;
    own.current = doc;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: stringify(doc) }, annotations: fromOutside.of(true) });
  }, [doc]);
  useEffect(() => {
    view.current = new EditorView({
      parent: box.current!,
      state: EditorState.create({
        doc: stringify(doc),
        extensions: [
          lineNumbers(),
          highlightActiveLine(),
          history(),
          yaml(),
          syntaxHighlighting(defaultHighlightStyle),
          autocompletion({ override: [completer(plans)], activateOnTyping: true }),
          linter((v) => problemsOf(v.state.doc.toString()).map((p) => ({ from: p.from, to: p.to, severity: "error" as const, message: p.message })), { delay: 250 }),
          lintGutter(),
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ "aria-label": "Scenario (YAML)", "aria-describedby": "yaml-problems" }),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            const text = u.state.doc.toString();
            const found = problemsOf(text);
            setProblems(found);
            if (found.length || u.transactions.some((t) => t.annotation(fromOutside))) return;
            own.current = withLists(parse(text) as ScenarioDoc);
            changed.current(own.current);
          }),
        ],
      }),
    });
    return () => view.current?.destroy();
  }, []);
  return (
    <div className="yaml">
      <p className="hint">Scenario (YAML): Ctrl-Space lists the fields and values the scenario format allows here; Tab indents, and Escape then Tab leaves the editor.</p>
      <div ref={box} className="yaml-editor" data-testid="yaml-editor" />
      <div id="yaml-problems" role="status" data-testid="yaml-problems">
        {problems.length ? (
          <ul className="error">{problems.slice(0, 20).map((p, i) => <li key={i}>Line {p.line}: {p.message}</li>)}</ul>
        ) : (
          <span>The scenario is valid.</span>
        )}
      </div>
    </div>
  );
}
